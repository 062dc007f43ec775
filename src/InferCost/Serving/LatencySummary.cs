using InferCost.Units;

namespace InferCost.Serving;

/// <summary>One latency over the requests (or tokens) it was measured on.</summary>
/// <param name="Count">Values recorded.</param>
/// <param name="Mean">Their mean (exact).</param>
/// <param name="P50">Median (HdrHistogram, 3 significant digits).</param>
/// <param name="P90">90th percentile.</param>
/// <param name="P99">99th percentile.</param>
/// <param name="Max">The largest.</param>
public sealed record LatencySummary(long Count, Seconds Mean, Seconds P50, Seconds P90, Seconds P99, Seconds Max)
{
    /// <summary>The distribution for a CDF: the value at each whole percentile 0 .. 100, seconds (empty when nothing was recorded).</summary>
    public System.Collections.Immutable.ImmutableArray<double> Percentiles { get; init; } = [];

    /// <summary>Equal when every figure and every percentile are (value semantics for the percentiles too).</summary>
    public bool Equals(LatencySummary? other) =>
        other is not null && Count == other.Count && Mean == other.Mean && P50 == other.P50 && P90 == other.P90 && P99 == other.P99 && Max == other.Max
        && Percentiles.SequenceEqual(other.Percentiles);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Mean, P50, P90, P99, Max);

    /// <summary>The percentile named by <paramref name="percentile"/> (50, 90 or 99), or the mean for 0.</summary>
    public Seconds At(double percentile) => percentile switch
    {
        0 => Mean,
        50 => P50,
        90 => P90,
        99 => P99,
        _ => throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "the summary keeps the mean (0), P50, P90 and P99"),
    };
}
