using InferCost.Reporting.Inputs;

namespace InferCost.Cli.Commands;

/// <summary>
/// Checks a file the command will write (--out, --plot) before any work is done or anything is printed, so that a
/// bad path fails fast with a clear reason instead of after a long run (or half-way through a report).
/// </summary>
internal static class OutputPaths
{
    /// <summary>
    /// Null when <paramref name="path"/> can be written: it is not a directory, its folder exists and takes a new
    /// file, and it does not exist yet (or <paramref name="force"/> allows overwriting it). Otherwise why not.
    /// </summary>
    public static string? Problem(string path, bool force)
    {
        if (Directory.Exists(path))
        {
            return $"'{path}' is a directory; give a file name.";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        switch (PathKinds.Of(folder))
        {
            case PathKind.Missing:
                return $"folder '{folder}' does not exist.";
            case PathKind.File:
                return $"'{folder}' is a file, not a folder.";
        }

        if (File.Exists(path))
        {
            return force ? CannotOpenForWriting(path) : $"'{path}' exists; add --force to overwrite it.";
        }

        return CannotCreateIn(folder);
    }

    // Permission bits do not say whether a file can be created (root, ACLs, read-only mounts): creating one does.
    private static string? CannotCreateIn(string folder)
    {
        var probe = Path.Combine(folder, $".infercost-write-test-{Guid.NewGuid():N}");
        try
        {
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"folder '{folder}' cannot be written to: {Reason(e)}";
        }
    }

    // Opening without truncating leaves the existing file as it was if the command later fails.
    private static string? CannotOpenForWriting(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"'{path}' cannot be overwritten: {Reason(e)}";
        }
    }

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied.",
        DirectoryNotFoundException or FileNotFoundException => "it does not take new files.", // e.g. /proc
        _ => e.Message,
    };
}
