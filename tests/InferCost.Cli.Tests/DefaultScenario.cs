using InferCost.Catalog;
using InferCost.Reporting.Scenarios;
using InferCost.Fidelity;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Cli.Tests;

/// <summary>The scenario the commands use when given no flags, resolved the way they resolve it.</summary>
internal static class DefaultScenario
{
    /// <summary>The shipped catalog with its calibration, as every command loads it by default.</summary>
    public static InferCostCatalog Catalog { get; } = CatalogLoader.LoadBuiltIn().Value.Calibrated();

    /// <summary>The default scenario, optionally with flags (as text, e.g. ("batch", "8")).</summary>
    public static Scenario With(params (string Flag, string Value)[] flags)
    {
        var input = new ScenarioInput();
        foreach (var (flag, value) in flags)
        {
            input.SetFromFlag(ScenarioFields.Find(flag)!, new ScenarioValue(value, "--" + flag));
        }

        return ScenarioResolver.Resolve(input, Catalog).Value;
    }
}
