using InferCost.Fidelity;
using InferCost.Catalog;
using InferCost.Reporting.Scenarios;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Tests;

/// <summary>The shipped catalog with its calibration (as every face loads it by default), and scenarios resolved against it.</summary>
internal static class TestCatalog
{
    public static InferCostCatalog Calibrated { get; } = CatalogLoader.LoadBuiltIn().Value.Calibrated();

    /// <summary>The default scenario with some fields given as text by canonical id, e.g. ("batch", "8").</summary>
    public static Scenario With(params (string Id, string Value)[] fields)
    {
        var input = new ScenarioInput();
        foreach (var (id, value) in fields)
        {
            input.SetFromFlag(ScenarioFields.Find(id)!, new ScenarioValue(value, "--" + id));
        }

        return ScenarioResolver.Resolve(input, Calibrated).Value;
    }
}
