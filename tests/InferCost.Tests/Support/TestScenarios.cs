using InferCost.Architecture;
using InferCost.Scenarios;

namespace InferCost.Tests.Support;

/// <summary>Scenarios built from the built-in catalog and its defaults.</summary>
public static class TestScenarios
{
    public static Scenario Of(
        string model = "llama-3.1-70b",
        string gpu = "h200-sxm",
        int tp = 1,
        int gpus = 0,
        Precision weights = Precision.Fp8,
        Precision kv = Precision.Fp8,
        BatchSize? batch = null,
        int input = 4096,
        int output = 512)
    {
        var c = TestCatalog.Instance;
        var a = c.Accelerators[gpu];
        return new Scenario(
            c.Models[model], a, gpus == 0 ? tp : gpus, tp, weights, kv, batch ?? BatchSize.Of(64), input, output,
            c.Defaults.Facility, c.Defaults.FinanceFor(a), c.Defaults.Serving);
    }
}
