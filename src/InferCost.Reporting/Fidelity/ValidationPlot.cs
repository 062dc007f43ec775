using InferCost.Reporting.Charts;
using InferCost.Fidelity;
using ScottPlot;

namespace InferCost.Reporting.Fidelity;

/// <summary>Predicted vs measured on log-log axes, one colour and marker per accelerator, with y = x and ±25% bands.</summary>
public static class ValidationPlot
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(IReadOnlyList<CasePrediction> predictions, ChartFormat format) => ChartImage.Render(Build(predictions), format, 900, 700);

    internal static Plot Build(IReadOnlyList<CasePrediction> predictions)
    {
        var supported = predictions.Where(p => p.Supported).ToList();
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var i = 0;
        foreach (var group in supported.GroupBy(p => p.Case.Gpu).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var points = plot.Add.ScatterPoints(
                LogAxes.ToLog(group.Select(p => p.Case.Value)),
                LogAxes.ToLog(group.Select(p => p.Predicted!.Value)),
                palette.GetColor(i++));
            points.LegendText = $"{group.Key} ({group.Count()})";
            points.MarkerSize = 6;
        }

        if (supported.Count > 0)
        {
            var all = supported.SelectMany(p => new[] { p.Case.Value, p.Predicted!.Value }).ToList();
            var lo = Math.Floor(Math.Log10(all.Min()));
            var hi = Math.Ceiling(Math.Log10(all.Max()));
            var identity = plot.Add.Line(lo, lo, hi, hi);
            identity.LegendText = "y = x";
            identity.Color = Colors.Black;
            foreach (var factor in new[] { 1.25, 1 / 1.25 })
            {
                var band = plot.Add.Line(lo, lo + Math.Log10(factor), hi, hi + Math.Log10(factor));
                band.Color = Colors.Gray;
                band.LinePattern = LinePattern.Dashed;
                band.LegendText = factor > 1 ? "±25%" : "";
            }

            plot.Axes.SetLimits(lo, hi, lo, hi);
        }

        LogAxes.Apply(plot.Axes.Bottom);
        LogAxes.Apply(plot.Axes.Left);
        plot.Title("InferCost: predicted vs measured");
        plot.XLabel("Measured (metric's unit: tok/s, ms, J)");
        plot.YLabel("Predicted (same unit)");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
