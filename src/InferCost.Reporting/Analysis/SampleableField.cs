using InferCost.Analysis;
using InferCost.Reporting.Scenarios;
using InferCost.Scenarios;
using InferCost.Sweeps;

namespace InferCost.Reporting.Analysis;

/// <summary>A scenario flag that may be given as a distribution, the engine input it sets, and how to read its value back from a resolved scenario.</summary>
/// <param name="Field">The scenario flag.</param>
/// <param name="Read">Its value in a resolved scenario (null when it is not a number, e.g. --batch max).</param>
internal sealed record SampleableField(ScenarioField Field, Func<Scenario, double?> Read)
{
    /// <summary>The engine field a sample sets.</summary>
    public PointField Input => PointFieldFlags.Of[Field];

    public static IReadOnlyList<SampleableField> All { get; } =
    [
        new(ScenarioField.Capex, s => s.Finance.GpuPrice.Value),
        new(ScenarioField.Pue, s => s.Facility.Pue),
        new(ScenarioField.Utilisation, s => s.Finance.Utilisation),
        new(ScenarioField.PowerPrice, s => s.Facility.PowerPrice.Value),
        new(ScenarioField.LifeYears, s => s.Finance.LifeYears),
        new(ScenarioField.LabourShare, s => s.Finance.LabourShare),
        new(ScenarioField.RackOverhead, s => s.Finance.RackOverheadPerGpu.Value),
        new(ScenarioField.NetworkCapex, s => s.Finance.NetworkGearPerGpu.Value),
        new(ScenarioField.NicPower, s => s.Finance.NicPower.Value),
        new(ScenarioField.StoragePower, s => s.Finance.Storage.Power.Value),
        new(ScenarioField.OffloadTb, s => s.Finance.Storage.OffloadTerabytes),
        new(ScenarioField.Batch, s => s.Batch.IsMax ? null : s.Batch.Requests),
        new(ScenarioField.Input, s => s.InputTokens),
        new(ScenarioField.Output, s => s.OutputTokens),
    ];

    /// <summary>The flags that take a distribution, for error messages.</summary>
    public static string Flags => string.Join(", ", All.Select(f => "--" + f.Field.Flag));
}
