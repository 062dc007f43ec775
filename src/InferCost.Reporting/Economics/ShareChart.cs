using InferCost.Economics.Projection;
using InferCost.Reporting.Charts;
using ScottPlot;

namespace InferCost.Reporting.Economics;

/// <summary>Essay 000 section 2's cost-stack shares by year, stacked to 100%, at the rates the projection used.</summary>
public static class ShareChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(GenerationProjection p, ChartFormat format) => ChartImage.Render(Build(p), format, 1000, 600);

    internal static Plot Build(GenerationProjection p)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var components = p.Stack.Components;
        var bars = new List<Bar>();
        foreach (var row in p.ByYear)
        {
            var bottom = 0.0;
            for (var i = 0; i < components.Length; i++)
            {
                var top = bottom + (row.Shares[i] * 100);
                bars.Add(new Bar { Position = row.Year, ValueBase = bottom, Value = top, FillColor = palette.GetColor(i), Size = 0.8 });
                bottom = top;
            }
        }

        plot.Add.Bars(bars);
        for (var i = 0; i < components.Length; i++)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = $"{components[i].Name} ({components[i].Rate:0.##}x per generation)",
                FillColor = palette.GetColor(i),
            });
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. p.ByYear.Select(r => r.Year)],
            [.. p.ByYear.Select(r => r.Year.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))]);
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.SetLimitsY(0, 100);
        plot.Title($"Essay 000 cost-stack shares by year ({p.Stack.YearsPerGeneration:0.##} years per generation from {p.Stack.BaseYear})");
        plot.YLabel("Share of the cost of a token (%)");
        return plot;
    }
}
