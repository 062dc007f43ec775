using InferCost.Catalog;

namespace InferCost.Tests.Support;

/// <summary>The built-in catalog, loaded once for all tests.</summary>
public static class TestCatalog
{
    private static readonly Lazy<InferCostCatalog> Loaded = new(() => CatalogLoader.LoadBuiltIn().Value);

    public static InferCostCatalog Instance => Loaded.Value;
}
