using System.Collections.Immutable;
using InferCost.Catalog;

namespace InferCost.Fidelity;

/// <summary>Fitted efficiency of one accelerator family.</summary>
/// <param name="Family">The family (hopper, ampere, ...).</param>
/// <param name="Efficiency">The factors, applied to every accelerator of the family: fitted ones and kept priors.</param>
/// <param name="Cases">Cases the fit used.</param>
/// <param name="RmsLogError">Root-mean-square of ln(predicted / measured) over those cases after the fit.</param>
/// <param name="Fitted">Keys of the factors the fit set (the rest are the catalog's priors); default: all of them.</param>
public sealed record FamilyCalibration(string Family, ServingEfficiency Efficiency, int Cases, double RmsLogError, ImmutableArray<string> Fitted = default)
{
    /// <summary>Keys of the fitted factors (all of the family's when <see cref="Fitted"/> is not given).</summary>
    public IReadOnlyList<string> FittedKeys => EfficiencyFactor.FittedKeys(EfficiencyFactor.Family, Fitted);

    /// <summary>Keys of the factors the fit kept at their catalog priors (the cases did not identify them), in factor order.</summary>
    public IReadOnlyList<string> PriorsKept => EfficiencyFactor.KeptKeys(EfficiencyFactor.Family, FittedKeys);

    /// <summary>Equal when every figure and the fitted keys (in order) are: a record would compare the key list by reference.</summary>
    public bool Equals(FamilyCalibration? other) =>
        other is not null && Family == other.Family && Efficiency == other.Efficiency && Cases == other.Cases && RmsLogError.Equals(other.RmsLogError)
        && FittedKeys.SequenceEqual(other.FittedKeys);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Family, Efficiency, Cases, RmsLogError, string.Join(",", FittedKeys));
}
