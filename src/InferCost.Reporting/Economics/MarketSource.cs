using InferCost.Catalog;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>Reads a market table's text from a catalog (the built-in one, or a folder laid out like data/).</summary>
internal static class MarketSource
{
    /// <summary>The text of <paramref name="path"/> (under the catalog root) in <paramref name="source"/>, or why not.</summary>
    public static Result<string> Text(ICatalogSource? source, string path, string holds)
    {
        source ??= new EmbeddedCatalogSource();
        return source.Exists(path)
            ? Result.Ok(source.Read(path))
            : Result.Fail<string>(source.Description, path, $"is missing: it holds {holds}.");
    }
}
