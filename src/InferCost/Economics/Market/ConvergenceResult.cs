namespace InferCost.Economics.Market;

/// <summary>Every tier's price trend projected against one floor band.</summary>
/// <param name="Settings">What was fitted and projected against.</param>
/// <param name="Tiers">One entry per tier, frontier first.</param>
public sealed record ConvergenceResult(ConvergenceSettings Settings, IReadOnlyList<TierConvergence> Tiers)
{
    /// <summary>How far past the last price a chart of the projection reaches at most.</summary>
    public const int ChartHorizonYears = 30;

    /// <summary>
    /// Where a chart of the projection ends: the latest date a tier's fit reaches the band's low edge (or enters the
    /// band, or its last price), no later than <see cref="ChartHorizonYears"/> after the last price.
    /// </summary>
    public DateOnly ProjectionEnd
    {
        get
        {
            var last = Tiers.Max(t => t.Crossing.AsOf);
            var end = Tiers.Max(t => t.Crossing.ReachesLow ?? t.Crossing.EntersBand ?? t.Crossing.AsOf);
            var cap = last.AddYears(ChartHorizonYears);
            return end > cap ? cap : end;
        }
    }
}
