namespace InferCost.Reporting.Inputs;

/// <summary>
/// What a path the user gave actually is, said in words: every option and argument that reads a file asks here, so
/// "does not exist", "is a directory" and "cannot be read" read the same wherever they come from.
/// </summary>
public static class PathKinds
{
    /// <summary>What is at <paramref name="path"/>.</summary>
    public static PathKind Of(string path) =>
        Directory.Exists(path) ? PathKind.Directory
            : File.Exists(path) ? PathKind.File
            : PathKind.Missing;

    /// <summary>
    /// Null when <paramref name="path"/> names a file that can be opened for reading; otherwise why not, as a phrase
    /// that names the path ("file 'x' does not exist", "'x' is a directory, not a file", "'x' cannot be read: ...").
    /// </summary>
    public static string? ReadableFileProblem(string path) => Of(path) switch
    {
        PathKind.Missing => $"file '{path}' does not exist",
        PathKind.Directory => $"'{path}' is a directory, not a file",
        _ => UnreadableReason(path) is { } why ? $"'{path}' cannot be read: {why}" : null,
    };

    /// <summary>Why an existing file cannot be opened for reading, or null when it can.</summary>
    private static string? UnreadableReason(string path)
    {
        // Permission bits alone do not answer this (root reads a mode-000 file; ACLs and read-only mounts differ):
        // opening the file is the only test that tells the truth.
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "permission denied";
        }
        catch (IOException e)
        {
            return e.Message;
        }
    }
}
