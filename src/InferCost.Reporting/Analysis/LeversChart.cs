using InferCost.Analysis;
using InferCost.Reporting.Charts;
using InferCost.Reporting.Rendering;
using ScottPlot;

namespace InferCost.Reporting.Analysis;

/// <summary>
/// The tornado: one horizontal bar per lever from its cheapest to its dearest $/1M output tokens, widest at the top,
/// each end labelled with its setting, the base estimate as a vertical line. The cost axis is logarithmic because batch
/// depth alone spans more than a decade and would flatten every other bar on a linear axis.
/// </summary>
public static class LeversChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(LeverResult result, ChartFormat format) => ChartImage.Render(Build(result), format, 1200, 650);

    internal static Plot Build(LeverResult result)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var swings = result.Swings;
        var bars = new List<Bar>();
        for (var i = 0; i < swings.Count; i++)
        {
            var w = swings[i];
            var position = swings.Count - 1 - i;
            var low = Math.Log10(w.Low.Estimate.Cost.PerMillionOutputTokens.Value);
            var high = Math.Log10(w.High.Estimate.Cost.PerMillionOutputTokens.Value);
            bars.Add(new Bar { Position = position, ValueBase = low, Value = high, FillColor = palette.GetColor(0).WithAlpha(0.75), Size = 0.6 });
            EndLabel(plot, LeverSettingText.Describe(w.Lever.Kind, w.Low), low, position, Alignment.MiddleRight, -6);
            EndLabel(plot, LeverSettingText.Describe(w.Lever.Kind, w.High), high, position, Alignment.MiddleLeft, 6);
        }

        var tornado = plot.Add.Bars(bars);
        tornado.Horizontal = true;
        var baseCost = result.Base.Cost.PerMillionOutputTokens;
        var baseLine = plot.Add.VerticalLine(Math.Log10(baseCost.Value), 2, palette.GetColor(3), LinePattern.Dashed);
        baseLine.LegendText = $"Base {QuantityFormatter.Format(baseCost.ToQuantity())}";
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Cheapest to dearest feasible setting", FillColor = palette.GetColor(0).WithAlpha(0.75) });
        plot.ShowLegend(Alignment.LowerRight);

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, swings.Count).Select(i => (double)(swings.Count - 1 - i))],
            [.. swings.Select(w => w.Lever.Name)]);
        var ends = swings.SelectMany(w => new[] { w.Low, w.High }).Select(e => e.Estimate.Cost.PerMillionOutputTokens.Value).Append(baseCost.Value).ToList();
        LogAxes.Apply(plot.Axes.Bottom, LogAxes.ToLog(ends));
        // Room either side for the end labels, which are drawn outside the bars.
        var min = Math.Log10(ends.Min());
        var max = Math.Log10(ends.Max());
        var pad = Math.Max(0.35 * (max - min), 0.2);
        plot.Axes.SetLimits(min - pad, max + pad, -0.7, swings.Count - 0.3);
        var s = result.Base.Scenario;
        plot.Title($"Cost levers: {s.Model.Id}, {s.Gpus} x {s.Accelerator.Id}, batch {result.Base.Memory.Batch}, {s.InputTokens:#,##0}+{s.OutputTokens:#,##0} tokens");
        plot.XLabel("Cost per 1M output tokens (USD, log scale)");
        return plot;
    }

    private static void EndLabel(Plot plot, string text, double x, double y, Alignment alignment, float offset)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelAlignment = alignment;
        label.LabelFontSize = 12;
        label.OffsetX = offset;
    }
}
