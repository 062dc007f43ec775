namespace InferCost.Cli.Tests;

/// <summary>A file in the temp folder with given content, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension, string content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"infercost-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
