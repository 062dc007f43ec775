namespace InferCost.Economics.Projection;

/// <summary>
/// Essay 000 section 2's mechanism: each component's cost falls by its own rate per generation, so after n generations
/// share_i(n) = (s_i / r_i^n) / sum_j (s_j / r_j^n). A component whose rate is above the stack's average loses share.
/// </summary>
public static class ShareProjection
{
    /// <summary>The shares after <paramref name="generations"/> (any real n &gt;= 0) from <paramref name="today"/> at <paramref name="rates"/>.</summary>
    public static double[] SharesAt(IReadOnlyList<double> today, IReadOnlyList<double> rates, double generations)
    {
        var costs = today.Select((s, i) => s / Math.Pow(rates[i], generations)).ToArray();
        var total = costs.Sum();
        return [.. costs.Select(c => c / total)];
    }

    /// <summary>The total cost after n generations relative to today's (1 = unchanged).</summary>
    public static double CostRelativeToToday(IReadOnlyList<double> today, IReadOnlyList<double> rates, double generations) =>
        today.Select((s, i) => s / Math.Pow(rates[i], generations)).Sum() / today.Sum();
}
