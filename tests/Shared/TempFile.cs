namespace InferCost.TestSupport;

/// <summary>A file in the temp folder that is deleted when the test ends.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension, string content)
        : this(extension) => File.WriteAllText(Path, content);

    /// <summary>A path that does not exist yet (for a command to write).</summary>
    public TempFile(string extension) =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"infercost-{Guid.NewGuid():N}{extension}");

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
