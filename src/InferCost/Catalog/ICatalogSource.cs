namespace InferCost.Catalog;

/// <summary>Where catalog files are read from: the copy built into the engine, or a folder on disk.</summary>
public interface ICatalogSource
{
    /// <summary>A description for messages (e.g. "built-in catalog" or a folder path).</summary>
    string Description { get; }

    /// <summary>Paths of files under <paramref name="folder"/> (relative to the catalog root, '/' separated) ending with <paramref name="extension"/>.</summary>
    IReadOnlyList<string> List(string folder, string extension);

    /// <summary>Whether a file exists.</summary>
    bool Exists(string path);

    /// <summary>The text of a file.</summary>
    string Read(string path);
}
