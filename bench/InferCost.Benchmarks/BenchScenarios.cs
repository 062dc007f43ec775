using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Deployment;
using InferCost.Fidelity;
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
        return new Scenario
        {
            Model = catalog.Models["llama-3.1-70b"],
            Deployment = new AcceleratorDeployment(gpu, new ParallelLayout(tensorParallel: 1)),
            Weights = Precision.Fp8,
            Kv = Precision.Fp8,
            Batch = BatchSize.Of(64),
            InputTokens = 4096,
            OutputTokens = 512,
            Facility = d.Facility,
            Finance = d.FinanceFor(gpu),
            Serving = d.Serving,
            Stack = d.Stack,
        };
    }
}
