using System.Globalization;
using InferCost.Economics.Market;
using InferCost.Reporting.Charts;
using ScottPlot;

namespace InferCost.Reporting.Economics;

/// <summary>
/// API list prices per tier against date on a log price axis, each tier's fitted line extended to where it reaches the
/// floor band (or the chart's horizon), and the band shaded.
/// </summary>
public static class ConvergeChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(ConvergenceResult result, ChartFormat format) => ChartImage.Render(Build(result), format, 1100, 650);

    internal static Plot Build(ConvergenceResult result)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var floor = result.Settings.Floor;
        var band = plot.Add.VerticalSpan(Math.Log10(floor.Low.Value), Math.Log10(floor.High.Value));
        band.FillStyle.Color = Colors.Gray.WithAlpha(0.35);
        band.LineStyle.Width = 0;
        band.LegendText = string.Create(CultureInfo.InvariantCulture, $"Floor band ${floor.Low.Value:0.####}-{floor.High.Value:0.####}/1M ({floor.Source})");

        var end = result.ProjectionEnd;
        var logs = new List<double> { Math.Log10(floor.Low.Value), Math.Log10(floor.High.Value) };
        for (var i = 0; i < result.Tiers.Count; i++)
        {
            var tier = result.Tiers[i];
            var color = palette.GetColor(i);
            var name = PriceTiers.Name(tier.Tier);
            var ys = LogAxes.ToLog(tier.Prices.Select(p => p.Price(result.Settings.Metric).Value));
            var points = plot.Add.ScatterPoints([.. tier.Prices.Select(p => X(p.Date))], ys, color);
            points.MarkerSize = 8;
            points.LegendText = $"{name} list prices ({tier.Prices.Count})";
            logs.AddRange(ys);

            var start = tier.Prices[0].Date;
            var stop = tier.Crossing.ReachesLow is { } low && low < end ? low : end;
            double[] lineYs = [Math.Log10(tier.FittedPrice(start)), Math.Log10(tier.FittedPrice(stop))];
            var line = plot.Add.ScatterLine([X(start), X(stop)], lineYs, color);
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{name} fit: {tier.Rate.Per12Months:0.##}x per 12 months");
            logs.AddRange(lineYs);
        }

        plot.Axes.DateTimeTicksBottom();
        LogAxes.Apply(plot.Axes.Left, logs);
        var first = result.Tiers.Min(t => t.Prices[0].Date);
        plot.Axes.SetLimitsX(X(first.AddMonths(-6)), X(end.AddMonths(6)));
        plot.Axes.SetLimitsY(logs.Min() - 0.3, logs.Max() + 0.3);
        plot.ShowLegend(Edge.Bottom);
        plot.Title($"API list prices ($/1M {(result.Settings.Metric == PriceMetric.Output ? "output" : "input")} tokens) by tier, fitted and projected to the floor band");
        plot.YLabel($"USD per 1M {(result.Settings.Metric == PriceMetric.Output ? "output" : "input")} tokens (log scale)");
        return plot;
    }

    private static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();
}
