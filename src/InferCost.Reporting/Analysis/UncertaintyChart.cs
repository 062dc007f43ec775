using InferCost.Analysis;
using InferCost.Reporting.Charts;
using InferCost.Reporting.Rendering;
using ScottPlot;

namespace InferCost.Reporting.Analysis;

/// <summary>Histogram of $/1M output tokens over the served samples, with P10, P50 and P90 as labelled vertical lines.</summary>
public static class UncertaintyChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(UncertaintyResult r, ChartFormat format) => ChartImage.Render(Build(r), format, 1000, 600);

    internal static Plot Build(UncertaintyResult r)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var fill = palette.GetColor(0).WithAlpha(0.75);
        var bins = r.OutputHistogram;

        // A single bin (every sample costs the same) has no width of its own: draw it 1% of its value wide so it shows.
        var bars = bins.Select(b =>
        {
            var width = b.Upper.Value - b.Lower.Value;
            var shown = width > b.Upper.Value * 1e-9 ? width : Math.Max(Math.Abs(b.Upper.Value) * 0.01, 1e-9);
            return new Bar
            {
                Position = (b.Lower.Value + b.Upper.Value) / 2,
                Value = b.Count,
                Size = shown,
                FillColor = fill,
                LineColor = fill.Darken(0.3),
                LineWidth = 0.5f,
            };
        }).ToList();
        plot.Add.Bars(bars);

        var markers = new (string Name, Units.DollarsPerMillionTokens Value, LinePattern Pattern)[]
        {
            ("P10", r.Output.P10, LinePattern.Dashed),
            ("P50", r.Output.P50, LinePattern.Solid),
            ("P90", r.Output.P90, LinePattern.Dashed),
        };
        foreach (var (name, value, pattern) in markers)
        {
            var line = plot.Add.VerticalLine(value.Value, 2, palette.GetColor(3), pattern);
            line.LegendText = $"{name} {QuantityFormatter.Format(value.ToQuantity())}";
        }

        plot.Axes.Margins(left: 0.05, right: 0.05, bottom: 0, top: 0.1);
        plot.ShowLegend(Alignment.UpperRight);
        var s = r.Scenario;
        var served = r.Feasible == r.Samples ? $"{r.Samples:#,##0} samples" : $"{r.Feasible:#,##0} of {r.Samples:#,##0} samples served";
        plot.Title($"$/1M output tokens, {served} (seed {r.Seed}): {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}");
        plot.XLabel("Cost per 1M output tokens (USD)");
        plot.YLabel("Samples per bin");
        return plot;
    }
}
