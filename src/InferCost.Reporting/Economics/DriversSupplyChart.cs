using InferCost.Economics.Drivers;
using InferCost.Reporting.Charts;
using ScottPlot;

namespace InferCost.Reporting.Economics;

/// <summary>The compounded factor against cycles on a log axis: the midpoint line inside the low-high band, the headline as a line.</summary>
public static class DriversSupplyChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(SupplyResult supply, ChartFormat format) => ChartImage.Render(Build(supply), format, 1000, 650);

    internal static Plot Build(SupplyResult supply)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        double[] xs = [.. supply.Curve.Select(p => p.Cycles)];
        var low = LogAxes.ToLog(supply.Curve.Select(p => p.Factor.Low));
        var mid = LogAxes.ToLog(supply.Curve.Select(p => p.Factor.Mid));
        var high = LogAxes.ToLog(supply.Curve.Select(p => p.Factor.High));

        var band = plot.Add.FillY(xs, low, high);
        band.FillColor = palette.GetColor(0).WithAlpha(0.2);
        band.LineWidth = 0;
        band.LegendText = "Low ends to high ends of the drivers' ranges";
        var lowLine = plot.Add.ScatterLine(xs, low, palette.GetColor(0));
        lowLine.LinePattern = LinePattern.Dotted;
        lowLine.LegendText = $"Low ends ({supply.PerCycle.Low:0.##}x per cycle)";
        var midLine = plot.Add.ScatterLine(xs, mid, palette.GetColor(0));
        midLine.LineWidth = 3;
        midLine.LegendText = $"Midpoints ({supply.PerCycle.Mid:0.##}x per cycle)";
        var highLine = plot.Add.ScatterLine(xs, high, palette.GetColor(0));
        highLine.LinePattern = LinePattern.Dashed;
        highLine.LegendText = $"High ends ({supply.PerCycle.High:0.##}x per cycle)";

        var headline = plot.Add.HorizontalLine(Math.Log10(supply.Headline.Target), 2, palette.GetColor(3), LinePattern.Dashed);
        headline.LegendText = $"The essays' headline ({supply.Headline.Target:#,##0}x)";

        LogAxes.Apply(plot.Axes.Left, [0, high[^1]]);
        plot.Axes.SetLimitsY(0, Math.Max(high[^1], Math.Log10(supply.Headline.Target)) * 1.05);
        plot.Axes.Margins(horizontal: 0.02);
        plot.ShowLegend(Edge.Bottom);
        plot.Title($"Per-token cost reduction compounded over {supply.Cycles:0.##} cycles of {supply.Drivers.Count} drivers");
        plot.XLabel("Hardware cycles");
        plot.YLabel("Cost reduction (x cheaper, log scale)");
        return plot;
    }
}
