using System.Collections.Immutable;
using InferCost.Catalog;

namespace InferCost.Fidelity;

/// <summary>Fitted software factors of one serving stack, shared by every accelerator family that runs it.</summary>
/// <param name="Stack">The stack id (trtllm, vllm, ...).</param>
/// <param name="Factors">The factors: fitted ones and kept priors.</param>
/// <param name="Cases">Cases the fit used.</param>
/// <param name="RmsLogError">Root-mean-square of ln(predicted / measured) over those cases after the fit.</param>
/// <param name="Fitted">Keys of the factors the fit set (the rest are the catalog's priors); default: all of them.</param>
public sealed record StackCalibration(string Stack, StackFactors Factors, int Cases, double RmsLogError, ImmutableArray<string> Fitted = default)
{
    /// <summary>Keys of the fitted factors (all of the stack's when <see cref="Fitted"/> is not given).</summary>
    public IReadOnlyList<string> FittedKeys => EfficiencyFactor.FittedKeys(EfficiencyFactor.Stack, Fitted);

    /// <summary>Keys of the factors the fit kept at their catalog priors (the cases did not identify them), in factor order.</summary>
    public IReadOnlyList<string> PriorsKept => EfficiencyFactor.KeptKeys(EfficiencyFactor.Stack, FittedKeys);

    /// <summary>Equal when every figure and the fitted keys (in order) are: a record would compare the key list by reference.</summary>
    public bool Equals(StackCalibration? other) =>
        other is not null && Stack == other.Stack && Factors == other.Factors && Cases == other.Cases && RmsLogError.Equals(other.RmsLogError)
        && FittedKeys.SequenceEqual(other.FittedKeys);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Stack, Factors, Cases, RmsLogError, string.Join(",", FittedKeys));
}
