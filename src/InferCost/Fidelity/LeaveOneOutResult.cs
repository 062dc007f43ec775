namespace InferCost.Fidelity;

/// <summary>Leave-one-group-out cross-validation: each group's cases predicted by a fit on every other group's.</summary>
/// <param name="Dimension">What the groups are ("accelerator family", "model family").</param>
/// <param name="Groups">Each held-out group, in name order.</param>
public sealed record LeaveOneOutResult(string Dimension, IReadOnlyList<HeldOutGroup> Groups)
{
    /// <summary>Every held-out prediction, group after group.</summary>
    public IReadOnlyList<CasePrediction> Pooled => [.. Groups.SelectMany(g => g.Predictions)];
}
