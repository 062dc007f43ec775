namespace InferCost.Fidelity;

/// <summary>One of the generalisation targets, and whether the cross-validation met it.</summary>
/// <param name="Name">What is measured, in words.</param>
/// <param name="Threshold">The limit, in percent (on |value|).</param>
/// <param name="Value">What was measured, in percent (signed for a bias); null when there were no cases.</param>
/// <param name="IsBias">Whether the value is a signed bias (limit ±threshold) rather than a median |error| (limit threshold).</param>
public sealed record GeneralisationTarget(string Name, double Threshold, double? Value, bool IsBias)
{
    /// <summary>Whether |value| is within the threshold (a target without cases is not met).</summary>
    public bool Met => Value is { } v && Math.Abs(v) <= Threshold;
}
