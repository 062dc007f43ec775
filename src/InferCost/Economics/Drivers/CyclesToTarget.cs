namespace InferCost.Economics.Drivers;

/// <summary>
/// How many cycles each end of the per-cycle factor needs to reach a target factor: ln target / ln factor (null when the
/// factor is 1, which never gets there).
/// </summary>
/// <param name="Target">The factor to reach.</param>
/// <param name="AtLow">Cycles at the low ends (the slowest).</param>
/// <param name="AtMid">Cycles at the midpoints.</param>
/// <param name="AtHigh">Cycles at the high ends (the fastest).</param>
public sealed record CyclesToTarget(double Target, double? AtLow, double? AtMid, double? AtHigh)
{
    /// <summary>Cycles for each end of <paramref name="perCycle"/> to reach <paramref name="target"/>.</summary>
    public static CyclesToTarget Of(CompoundFactor perCycle, double target) =>
        new(target, Cycles(perCycle.Low, target), Cycles(perCycle.Mid, target), Cycles(perCycle.High, target));

    private static double? Cycles(double factor, double target) => factor > 1 ? Math.Log(target) / Math.Log(factor) : null;
}
