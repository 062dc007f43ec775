using System.Collections.Immutable;
using InferCost.Catalog;

namespace InferCost.Fidelity;

/// <summary>
/// Achievable-efficiency factors fitted per accelerator family. Applying a profile to a catalog replaces the
/// efficiency of every accelerator whose family it covers, and cites the profile as that figure's source.
/// </summary>
/// <param name="Source">How the profile was made (command, cases, date).</param>
/// <param name="Families">Fitted factors by family.</param>
public sealed record CalibrationProfile(SourceRef Source, ImmutableSortedDictionary<string, FamilyCalibration> Families)
{
    /// <summary>The error bands cross-validation measured when the profile was fitted (its <c>confidence:</c> section); null when absent.</summary>
    public ConfidenceBands? Confidence { get; init; }

    /// <summary>The catalog with this profile's efficiencies in place.</summary>
    public InferCostCatalog ApplyTo(InferCostCatalog catalog) => catalog with
    {
        Calibration = new AppliedCalibration(Source, Families.ToImmutableSortedDictionary(f => f.Key, f => f.Value.Cases, StringComparer.Ordinal), Confidence),
        Accelerators = catalog.Accelerators.ToImmutableSortedDictionary(
            kv => kv.Key,
            kv => Families.TryGetValue(kv.Value.Family, out var fit)
                ? kv.Value with { Efficiency = fit.Efficiency, Sources = kv.Value.Sources.SetItem("efficiency", Source) }
                : kv.Value,
            StringComparer.Ordinal),
    };
}
