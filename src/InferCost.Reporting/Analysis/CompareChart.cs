using InferCost.Analysis;
using InferCost.Reporting.Charts;
using InferCost.Reporting.Rendering;
using ScottPlot;

namespace InferCost.Reporting.Analysis;

/// <summary>
/// One bar per scenario, stacked by cost layer ($/1M output tokens). The axis is linear: on a log axis the segments of a
/// stack would not add up by eye. A scenario that does not run keeps its slot, labelled so.
/// </summary>
public static class CompareChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(IReadOnlyList<ComparedScenario> compared, ChartFormat format) => ChartImage.Render(Build(compared), format, 1100, 700);

    internal static Plot Build(IReadOnlyList<ComparedScenario> compared)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var layers = CompareReportBuilder.Layers(compared);
        var bars = new List<Bar>();
        for (var i = 0; i < compared.Count; i++)
        {
            if (compared[i].Estimate is not { } e)
            {
                var missing = plot.Add.Text(CompareReportBuilder.DoesNotRun, i, 0);
                missing.LabelAlignment = Alignment.LowerCenter;
                missing.LabelFontSize = 13;
                missing.OffsetY = -4;
                continue;
            }

            var top = 0.0;
            for (var j = 0; j < layers.Count; j++)
            {
                if (e.Cost.Breakdown.FirstOrDefault(l => l.Id == layers[j].Id) is { } layer)
                {
                    bars.Add(new Bar { Position = i, ValueBase = top, Value = top + layer.PerMillionOutputTokens.Value, FillColor = palette.GetColor(j) });
                    top += layer.PerMillionOutputTokens.Value;
                }
            }

            var total = plot.Add.Text(QuantityFormatter.Format(e.Cost.PerMillionOutputTokens), i, top);
            total.LabelAlignment = Alignment.LowerCenter;
            total.LabelFontSize = 13;
            total.OffsetY = -4;
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, compared.Count).Select(i => (double)i)],
            [.. compared.Select(c => c.Name)]);
        // Every scenario keeps its slot, bars or not; the headroom above the tallest bar holds its total.
        var tallest = compared.Max(c => c.Estimate?.Cost.PerMillionOutputTokens.Value ?? 0);
        plot.Axes.SetLimits(-0.5, compared.Count - 0.5, 0, tallest > 0 ? tallest * 1.1 : 1);
        for (var j = 0; j < layers.Count; j++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = layers[j].Name, FillColor = palette.GetColor(j) });
        }

        plot.ShowLegend(Edge.Right);
        plot.Title("$/1M output tokens by cost layer");
        plot.XLabel("Scenario");
        plot.YLabel("Cost per 1M output tokens (USD)");
        return plot;
    }
}
