using InferCost.Serving;

namespace InferCost.Tests.Serving;

/// <summary>The timeline in a handful of rows: time-weighted means over whole slices, covering the run once.</summary>
public class TimelineWindowsTests
{
    // 100 slices of 2 s; the last one half as long, as the simulator's last slice ends at the run's end.
    private static readonly IReadOnlyList<TimeSeriesPoint> Slices = [.. Enumerable.Range(0, 100).Select(i =>
        new TimeSeriesPoint(2.0 * i, i == 99 ? 199 : 2.0 * (i + 1), i % 7, 10 + (i % 3), (i % 10) / 10.0))];

    [Fact]
    public void Of_FewerRowsThanSlices_CoversTheRunOnceInOrder()
    {
        var rows = TimelineWindows.Of(Slices, 10);

        rows.Count.ShouldBe(10);
        rows[0].Start.ShouldBe(0);
        rows[^1].End.ShouldBe(199);
        for (var i = 1; i < rows.Count; i++)
        {
            rows[i].Start.ShouldBe(rows[i - 1].End);
        }
    }

    [Fact]
    public void Of_KeepsEveryTimeWeightedMean()
    {
        // The integral of each series over the run is the same in the rows as in the slices: nothing is sampled away.
        static (double Waiting, double Running, double Kv) Integral(IEnumerable<TimeSeriesPoint> ps) =>
            (ps.Sum(p => p.Waiting * (p.End - p.Start)), ps.Sum(p => p.Running * (p.End - p.Start)), ps.Sum(p => p.KvUtilisation * (p.End - p.Start)));

        var rows = TimelineWindows.Of(Slices, 10);

        var (w, r, kv) = Integral(rows);
        var (w0, r0, kv0) = Integral(Slices);
        w.ShouldBe(w0, tolerance: 1e-9);
        r.ShouldBe(r0, tolerance: 1e-9);
        kv.ShouldBe(kv0, tolerance: 1e-9);
        // First row: slices 0..9 (20 s), waiting 0..6 then 0..2, mean (21 + 3) / 10.
        rows[0].Waiting.ShouldBe((0 + 1 + 2 + 3 + 4 + 5 + 6 + 0 + 1 + 2) / 10.0, tolerance: 1e-12);
    }

    [Fact]
    public void Of_NoMoreSlicesThanRows_ReturnsTheSlices()
    {
        var few = Slices.Take(6).ToList();

        TimelineWindows.Of(few, 10).ShouldBe(few);
        TimelineWindows.Of([], 10).ShouldBeEmpty();
    }

    [Fact]
    public void Of_NoRows_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => TimelineWindows.Of(Slices, 0));
}
