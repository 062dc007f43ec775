using InferCost.Analysis;
using InferCost.Cli.Scenarios;
using InferCost.Scenarios;

namespace InferCost.Cli.Analysis;

/// <summary>A scenario flag that may be given as a distribution, the engine input it sets, and how to read its value back from a resolved scenario.</summary>
/// <param name="Field">The scenario flag.</param>
/// <param name="Input">The engine's input.</param>
/// <param name="Read">Its value in a resolved scenario (null when it is not a number, e.g. --batch max).</param>
internal sealed record SampleableField(ScenarioField Field, UncertainInput Input, Func<Scenario, double?> Read)
{
    public static IReadOnlyList<SampleableField> All { get; } =
    [
        new(ScenarioField.Capex, UncertainInput.Capex, s => s.Finance.GpuPrice.Value),
        new(ScenarioField.Pue, UncertainInput.Pue, s => s.Facility.Pue),
        new(ScenarioField.Utilisation, UncertainInput.Utilisation, s => s.Finance.Utilisation),
        new(ScenarioField.PowerPrice, UncertainInput.PowerPrice, s => s.Facility.PowerPrice.Value),
        new(ScenarioField.LifeYears, UncertainInput.LifeYears, s => s.Finance.LifeYears),
        new(ScenarioField.LabourShare, UncertainInput.LabourShare, s => s.Finance.LabourShare),
        new(ScenarioField.RackOverhead, UncertainInput.RackOverhead, s => s.Finance.RackOverheadPerGpu.Value),
        new(ScenarioField.NetworkCapex, UncertainInput.NetworkCapex, s => s.Finance.NetworkGearPerGpu.Value),
        new(ScenarioField.NicPower, UncertainInput.NicPower, s => s.Finance.NicPower.Value),
        new(ScenarioField.StoragePower, UncertainInput.StoragePower, s => s.Finance.Storage.Power.Value),
        new(ScenarioField.OffloadTb, UncertainInput.OffloadTerabytes, s => s.Finance.Storage.OffloadTerabytes),
        new(ScenarioField.Batch, UncertainInput.Batch, s => s.Batch.IsMax ? null : s.Batch.Requests),
        new(ScenarioField.Input, UncertainInput.InputTokens, s => s.InputTokens),
        new(ScenarioField.Output, UncertainInput.OutputTokens, s => s.OutputTokens),
    ];

    /// <summary>The flag that sets <paramref name="input"/>, e.g. --pue.</summary>
    public static string FlagOf(UncertainInput input) => "--" + All.Single(f => f.Input == input).Field.Flag;

    /// <summary>The flags that take a distribution, for error messages.</summary>
    public static string Flags => string.Join(", ", All.Select(f => "--" + f.Field.Flag));
}
