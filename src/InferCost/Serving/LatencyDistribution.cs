using HdrHistogram;
using InferCost.Units;

namespace InferCost.Serving;

/// <summary>
/// A latency's distribution in constant memory, whatever the number of values: an HdrHistogram of microseconds from
/// 1 µs to 10^11 µs (28 hours) at 3 significant digits, and the exact sum for the mean.
/// </summary>
public sealed class LatencyDistribution
{
    private const long HighestMicroseconds = 100_000_000_000;
    private readonly LongHistogram _histogram = new(HighestMicroseconds, 3);
    private double _sum;
    private double _max;

    /// <summary>Values recorded.</summary>
    public long Count { get; private set; }

    /// <summary>Records one value.</summary>
    public void Record(double seconds) => Record(seconds, 1);

    /// <summary>Records <paramref name="count"/> equal values.</summary>
    public void Record(double seconds, long count)
    {
        var micro = Math.Clamp((long)Math.Round(seconds * 1e6), 1, HighestMicroseconds);
        _histogram.RecordValueWithCount(micro, count);
        _sum += seconds * count;
        _max = Math.Max(_max, seconds);
        Count += count;
    }

    /// <summary>The summary (all zero when nothing was recorded).</summary>
    public LatencySummary Summary() => Count == 0
        ? new LatencySummary(0, Seconds.Zero, Seconds.Zero, Seconds.Zero, Seconds.Zero, Seconds.Zero)
        : new LatencySummary(Count, new Seconds(_sum / Count), At(50), At(90), At(99), new Seconds(_max))
        {
            Percentiles = [.. Enumerable.Range(0, 101).Select(p => At(p).Value)],
        };

    private Seconds At(double percentile) => new(_histogram.GetValueAtPercentile(percentile) / 1e6);
}
