using System.Reflection;

namespace InferCost.Catalog;

/// <summary>The catalog files compiled into the engine assembly (the repository's data/ folder at build time).</summary>
public sealed class EmbeddedCatalogSource : ICatalogSource
{
    private const string Prefix = "data/";
    private static readonly Assembly Assembly = typeof(EmbeddedCatalogSource).Assembly;
    private readonly string[] _names = [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..])];

    /// <inheritdoc />
    public string Description => "built-in catalog";

    /// <inheritdoc />
    public IReadOnlyList<string> List(string folder, string extension) =>
        [.. _names.Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];

    /// <inheritdoc />
    public bool Exists(string path) => _names.Contains(path);

    /// <inheritdoc />
    public string Read(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new FileNotFoundException($"The built-in catalog has no file {path}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
