namespace InferCost.Catalog;

/// <summary>One component of essay 000 section 2's cost stack: its share today and how fast its cost falls per generation.</summary>
/// <param name="Id">Stable id (hbm-bandwidth, compute, capital, cooling-power).</param>
/// <param name="Name">Display name.</param>
/// <param name="TodayShare">Share of the cost of a token today (0-1).</param>
/// <param name="RateLow">The low end of the essay's reduction rate per generation (cost_next = cost / rate).</param>
/// <param name="RateHigh">The high end of it.</param>
/// <param name="EssayShare2028">The essay's own 2028 share (its estimate, kept to compare with what its rates give).</param>
public sealed record CostStackComponentSpec(string Id, string Name, double TodayShare, double RateLow, double RateHigh, double EssayShare2028)
{
    /// <summary>The middle of the essay's range: the rate a projection uses unless told otherwise.</summary>
    public double RateMid => (RateLow + RateHigh) / 2;
}
