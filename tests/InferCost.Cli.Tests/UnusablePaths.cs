namespace InferCost.Cli.Tests;

/// <summary>
/// Paths that cannot be read or written, found on this machine. Tests run as root here, and root reads a mode-000
/// file and writes into a mode-555 folder, so permission bits alone cannot make such a path: these try them first and
/// fall back to Linux's sysfs (a write-only attribute; a read-only mount). Null when neither route works here.
/// </summary>
internal static class UnusablePaths
{
    /// <summary>A file that exists but cannot be opened for reading, or null.</summary>
    public static string? UnreadableFile(string folder)
    {
        var file = Path.Combine(folder, "unreadable.yaml");
        File.WriteAllText(file, "batch: 8\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.None);
        }

        return new[] { file, "/sys/bus/pci/rescan" }.FirstOrDefault(p => File.Exists(p) && !CanRead(p));
    }

    /// <summary>A folder that exists but does not take a new file, or null.</summary>
    public static string? UnwritableFolder(string folder)
    {
        var locked = Directory.CreateDirectory(Path.Combine(folder, "locked")).FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        return new[] { locked, "/sys" }.FirstOrDefault(p => Directory.Exists(p) && !CanCreateIn(p));
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private static bool CanCreateIn(string folder)
    {
        try
        {
            using var stream = new FileStream(Path.Combine(folder, $"probe-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
