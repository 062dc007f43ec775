using InferCost.Sweeps;

namespace InferCost.Reporting.Scenarios;

/// <summary>
/// The scenario flags the engine can vary point by point (<see cref="PointField"/>) without resolving the scenario again:
/// what <c>sweep</c> turns into point axes and what <c>uncertainty</c> can sample.
/// </summary>
internal static class PointFieldFlags
{
    public static IReadOnlyDictionary<ScenarioField, PointField> Of { get; } = new Dictionary<ScenarioField, PointField>
    {
        [ScenarioField.Batch] = PointField.Batch,
        [ScenarioField.Input] = PointField.InputTokens,
        [ScenarioField.Output] = PointField.OutputTokens,
        [ScenarioField.PowerPrice] = PointField.PowerPrice,
        [ScenarioField.Pue] = PointField.Pue,
        [ScenarioField.Utilisation] = PointField.Utilisation,
        [ScenarioField.Capex] = PointField.GpuPrice,
        [ScenarioField.RackOverhead] = PointField.RackOverhead,
        [ScenarioField.LifeYears] = PointField.LifeYears,
        [ScenarioField.OffloadTb] = PointField.OffloadTerabytes,
        [ScenarioField.StoragePower] = PointField.StoragePower,
        [ScenarioField.NetworkCapex] = PointField.NetworkGear,
        [ScenarioField.NicPower] = PointField.NicPower,
        [ScenarioField.LabourShare] = PointField.LabourShare,
    };

    /// <summary>The flag, with its dashes, that sets a point field.</summary>
    public static string FlagOf(PointField field) => "--" + Of.Single(kv => kv.Value == field).Key.Flag;
}
