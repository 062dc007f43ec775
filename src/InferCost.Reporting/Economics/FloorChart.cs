using InferCost.Economics.Floor;
using InferCost.Reporting.Charts;
using ScottPlot;

namespace InferCost.Reporting.Economics;

/// <summary>
/// The floor as a cumulative waterfall on a log axis: one bar per layer reaching that layer's running total (memory
/// energy, + compute, + interconnect, + facility overhead, + capital = the floor), then today's estimate and each market
/// price, so the gap between physics and price reads across decades.
/// </summary>
public static class FloorChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(FloorComparison comparison, ChartFormat format) => ChartImage.Render(Build(comparison), format, 1000, 600);

    /// <summary>The bars' labels and $/1M output values, top to bottom, as the chart plots them.</summary>
    internal static IReadOnlyList<(string Label, double Value, bool IsFloor)> Series(FloorComparison comparison)
    {
        var f = comparison.Floor;
        var rows = new List<(string, double, bool)>();
        for (var i = 0; i < f.Layers.Length; i++)
        {
            var l = f.Layers[i];
            rows.Add((i == 0 ? l.Name : i == f.Layers.Length - 1 ? $"+ {l.Name} = floor" : "+ " + l.Name, l.Cumulative.Value, true));
        }

        rows.Add(("Today's estimate", comparison.Today.Price.Value, false));
        rows.AddRange(comparison.Prices.Select(p => ($"{p.Label} ({p.Date})", p.Price.Value, false)));
        return rows;
    }

    internal static Plot Build(FloorComparison comparison)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var series = Series(comparison);

        // Bars rise from a decade below the smallest value, on log10 of $/1M; a value of zero has no log and no bar.
        var logs = LogAxes.ToLog(series.Where(r => r.Value > 0).Select(r => r.Value));
        var floorOfAxis = Math.Floor(logs.Min()) - 1;
        var bars = new List<Bar>();
        for (var i = 0; i < series.Count; i++)
        {
            var (_, value, isFloor) = series[i];
            if (value <= 0)
            {
                continue;
            }

            bars.Add(new Bar
            {
                Position = series.Count - 1 - i,
                ValueBase = floorOfAxis,
                Value = Math.Log10(value),
                FillColor = isFloor ? palette.GetColor(2) : palette.GetColor(3),
            });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, series.Count).Select(i => (double)(series.Count - 1 - i))],
            [.. series.Select(r => r.Label)]);
        LogAxes.Apply(plot.Axes.Bottom, [.. logs, floorOfAxis]);
        plot.Axes.SetLimitsX(floorOfAxis, logs.Max() + 0.3);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Physical floor, cumulative by layer", FillColor = palette.GetColor(2) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Today's estimate and market prices", FillColor = palette.GetColor(3) });
        plot.ShowLegend(Edge.Bottom);
        var s = comparison.Floor.Scenario;
        plot.Title($"Physical floor vs price: {s.Model.Id}, {s.Gpus} x {s.Accelerator.Id}, batch {comparison.Floor.Step.Batch}");
        plot.XLabel("USD per 1M output tokens (log scale)");
        return plot;
    }
}
