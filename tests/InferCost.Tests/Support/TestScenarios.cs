using InferCost.Architecture;
using InferCost.Deployment;
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
        int output = 512,
        string? stack = null,
        OffloadTier offload = OffloadTier.None)
    {
        var c = TestCatalog.Instance;
        var a = c.Accelerators[gpu];
        var scenario = new Scenario
        {
            Model = c.Models[model],
            Deployment = new AcceleratorDeployment(a, DeploymentRules.LayoutOf(gpus == 0 ? tp : gpus, tp).Value),
            Weights = weights,
            Kv = kv,
            Batch = batch ?? BatchSize.Of(64),
            InputTokens = input,
            OutputTokens = output,
            Facility = c.Defaults.Facility,
            Finance = c.Defaults.FinanceFor(a),
            Serving = c.Defaults.Serving,
            Stack = c.Defaults.Stack,
            Offload = OffloadSettings.From(c.Defaults.OffloadTiers) with { Tier = offload },
        };
        return stack is null ? scenario : scenario.OnStack(c.Stacks[stack]);
    }
}
