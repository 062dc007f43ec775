using InferCost.Economics.Drivers;
using InferCost.Reporting.Charts;
using ScottPlot;

namespace InferCost.Reporting.Economics;

/// <summary>Tokens, spend and the price against the price drop on log-log axes, with the table's points marked.</summary>
public static class DriversDemandChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(DriversResult result, ChartFormat format) => ChartImage.Render(Build(result), format, 1000, 650);

    internal static Plot Build(DriversResult result)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var curve = result.DemandCurve;
        var xs = LogAxes.ToLog(curve.Select(p => p.PriceDrop));
        var series = new (string Label, Func<DemandPoint, double> Value, Color Color)[]
        {
            ("Tokens (x today's)", p => p.TokenGrowth, palette.GetColor(0)),
            ("Spend (x today's)", p => p.SpendGrowth, palette.GetColor(1)),
            ("Price per token (x today's)", p => p.PriceFactor, palette.GetColor(2)),
        };
        var all = new List<double>();
        foreach (var (label, value, color) in series)
        {
            var ys = LogAxes.ToLog(curve.Select(value));
            var line = plot.Add.ScatterLine(xs, ys, color);
            line.LineWidth = 2;
            line.LegendText = label;
            var points = plot.Add.ScatterPoints(LogAxes.ToLog(result.Demand.Select(p => p.PriceDrop)), LogAxes.ToLog(result.Demand.Select(value)), color);
            points.MarkerSize = 8;
            all.AddRange(ys);
        }

        LogAxes.Apply(plot.Axes.Bottom, xs);
        LogAxes.Apply(plot.Axes.Left, all);
        plot.ShowLegend(Edge.Bottom);
        plot.Title($"Jevons' paradox at elasticity e = {result.Elasticity.Value:0.###}: tokens x D^e, spend x D^(e-1)");
        plot.XLabel("Price drop D (x cheaper per token, log scale)");
        plot.YLabel("Relative to today (log scale)");
        return plot;
    }
}
