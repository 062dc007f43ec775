using System.Collections.Immutable;
using InferCost.Catalog;

namespace InferCost.Fidelity;

/// <summary>
/// Hardware factors fitted per accelerator family and software factors fitted per serving stack. Applying a profile
/// replaces the efficiency of every accelerator whose family it covers and the factors of every stack it covers, and
/// cites the profile as those figures' source.
/// </summary>
/// <remarks>
/// The transfer rule follows from the split: an accelerator whose family has no fitted factors, on a stack that has,
/// runs with the stack's fitted software factors and its own catalog priors for the hardware (bandwidth, FLOP/s and
/// link): what was learnt about the software carries over, the hardware stays physics. A fitted family or stack carries
/// the values of all its factors, fitted ones and the priors it kept (see <see cref="FamilyCalibration.Fitted"/>).
/// </remarks>
/// <param name="Source">How the profile was made (command, cases, date).</param>
/// <param name="Families">Fitted hardware factors by accelerator family.</param>
/// <param name="Stacks">Fitted software factors by serving-stack id.</param>
public sealed record CalibrationProfile(
    SourceRef Source,
    ImmutableSortedDictionary<string, FamilyCalibration> Families,
    ImmutableSortedDictionary<string, StackCalibration> Stacks)
{
    /// <summary>A profile of family factors only (stacks keep their catalog priors).</summary>
    public CalibrationProfile(SourceRef source, ImmutableSortedDictionary<string, FamilyCalibration> families)
        : this(source, families, ImmutableSortedDictionary<string, StackCalibration>.Empty.WithComparers(StringComparer.Ordinal))
    {
    }

    /// <summary>The error bands cross-validation measured when the profile was fitted (its <c>confidence:</c> section); null when absent.</summary>
    public ConfidenceBands? Confidence { get; init; }

    /// <summary>The catalog with this profile's factors in place (families' hardware factors, stacks' software factors).</summary>
    public InferCostCatalog ApplyTo(InferCostCatalog catalog)
    {
        var stacks = catalog.Stacks.ToImmutableSortedDictionary(
            kv => kv.Key,
            kv => Stacks.TryGetValue(kv.Key, out var fit)
                ? kv.Value with { Factors = fit.Factors, Sources = kv.Value.Sources.SetItem("calibration", Source) }
                : kv.Value,
            StringComparer.Ordinal);
        return catalog with
        {
            Calibration = new AppliedCalibration(
                Source,
                Families.ToImmutableSortedDictionary(f => f.Key, f => f.Value.Cases, StringComparer.Ordinal),
                Stacks.ToImmutableSortedDictionary(f => f.Key, f => f.Value.Cases, StringComparer.Ordinal),
                Confidence)
            {
                FamilyPriorsKept = Families.ToImmutableSortedDictionary(f => f.Key, f => f.Value.PriorsKept.ToImmutableArray(), StringComparer.Ordinal),
                StackPriorsKept = Stacks.ToImmutableSortedDictionary(f => f.Key, f => f.Value.PriorsKept.ToImmutableArray(), StringComparer.Ordinal),
            },
            Accelerators = catalog.Accelerators.ToImmutableSortedDictionary(
                kv => kv.Key,
                kv => Families.TryGetValue(kv.Value.Family, out var fit)
                    ? kv.Value with { Efficiency = Merge(fit, kv.Value.Efficiency), Sources = kv.Value.Sources.SetItem("efficiency", Source) }
                    : kv.Value,
                StringComparer.Ordinal),
            Stacks = stacks,
            Defaults = catalog.Defaults with { Stack = stacks[catalog.Defaults.Stack.Id] },
        };
    }

    // The family's fitted factors with the accelerator's own prior for each factor the fit kept (accelerators of one
    // family may carry different priors).
    private static ServingEfficiency Merge(FamilyCalibration fit, ServingEfficiency own)
    {
        var values = EfficiencyBounds.Values(fit.Efficiency);
        var priors = EfficiencyBounds.Values(own);
        foreach (var factor in EfficiencyFactor.Family.Where(f => fit.PriorsKept.Contains(f.Key)))
        {
            values[factor.Index] = priors[factor.Index];
        }

        return new ServingEfficiency(values[0], values[1], values[2]);
    }

    /// <summary>Whether the profile holds fitted software factors for the stack <paramref name="stackId"/>.</summary>
    public bool HasStack(string stackId) => Stacks.ContainsKey(stackId);

    /// <summary>Whether the profile holds fitted hardware factors for the accelerator family <paramref name="family"/>.</summary>
    public bool HasFamily(string family) => Families.ContainsKey(family);
}
