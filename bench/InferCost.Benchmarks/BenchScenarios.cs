using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Scenarios;

namespace InferCost.Benchmarks;

/// <summary>The default scenario (Llama 3.1 70B, FP8, one H200 SXM, batch 64, 4,096 + 512 tokens) on the shipped, calibrated catalog.</summary>
public static class BenchScenarios
{
    public static Scenario Default()
    {
        var catalog = CatalogLoader.LoadBuiltIn().Value.Calibrated();
        var gpu = catalog.Accelerators["h200-sxm"];
        var d = catalog.Defaults;
        return new Scenario(catalog.Models["llama-3.1-70b"], gpu, 1, 1, Precision.Fp8, Precision.Fp8, BatchSize.Of(64), 4096, 512, d.Facility, d.FinanceFor(gpu), d.Serving);
    }
}
