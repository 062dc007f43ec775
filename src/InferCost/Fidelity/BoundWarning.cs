using System.Globalization;

namespace InferCost.Fidelity;

/// <summary>A fitted factor that ended at (within a small distance of) one end of its range.</summary>
/// <param name="Owner">The accelerator family or serving stack whose factor it is.</param>
/// <param name="Factor">The factor.</param>
/// <param name="Value">Its fitted value (overheads in microseconds).</param>
/// <param name="Bound">The end of the range it sits at.</param>
/// <param name="Upper">Whether that end is the upper one.</param>
public sealed record BoundWarning(string Owner, EfficiencyFactor Factor, double Value, double Bound, bool Upper)
{
    /// <summary>The warning in words.</summary>
    public string Message => string.Create(
        CultureInfo.InvariantCulture,
        $"{Owner}: {Factor.Key} ({Factor.Name}) = {Value:0.####} is at its {(Upper ? "upper" : "lower")} bound {Bound:0.####}; a factor at its bound is physics the model lacks (the fit wanted to go further), not a measured efficiency.");
}
