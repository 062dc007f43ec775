namespace InferCost.Catalog;

/// <summary>Catalog files in a folder laid out like the repository's data/ folder.</summary>
/// <param name="root">The folder.</param>
public sealed class DirectoryCatalogSource(string root) : ICatalogSource
{
    /// <inheritdoc />
    public string Description => root;

    /// <inheritdoc />
    public IReadOnlyList<string> List(string folder, string extension)
    {
        var dir = Path.Combine(root, folder);
        return Directory.Exists(dir)
            ? [.. Directory.EnumerateFiles(dir, "*" + extension).Select(f => folder + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <inheritdoc />
    public bool Exists(string path) => File.Exists(Path.Combine(root, path));

    /// <inheritdoc />
    public string Read(string path) => File.ReadAllText(Path.Combine(root, path));
}
