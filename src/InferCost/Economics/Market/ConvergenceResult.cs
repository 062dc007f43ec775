namespace InferCost.Economics.Market;

/// <summary>Every tier's price trend projected against one floor band.</summary>
/// <param name="Settings">What was fitted and projected against.</param>
/// <param name="Tiers">One entry per tier, frontier first.</param>
public sealed record ConvergenceResult(ConvergenceSettings Settings, IReadOnlyList<TierConvergence> Tiers);
