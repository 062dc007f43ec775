using InferCost.Analysis;
using InferCost.Reporting.Charts;
using ScottPlot;

namespace InferCost.Reporting.Analysis;

/// <summary>Horizontal stacked bars: each region's $/1M output tokens split into the power layer and everything else.</summary>
public static class RegionsChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(IReadOnlyList<RegionCost> regions, ChartFormat format) => ChartImage.Render(Build(regions), format, 1000, 600);

    internal static Plot Build(IReadOnlyList<RegionCost> regions)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var power = palette.GetColor(1);
        var rest = palette.GetColor(0);
        var bars = new List<Bar>();
        for (var i = 0; i < regions.Count; i++)
        {
            var c = regions[i].Estimate.Cost;
            var powerPart = c.PowerPerMillionOutputTokens.Value;
            var total = c.PerMillionOutputTokens.Value;
            bars.Add(new Bar { Position = i, ValueBase = 0, Value = total - powerPart, FillColor = rest });
            bars.Add(new Bar { Position = i, ValueBase = total - powerPart, Value = total, FillColor = power });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, regions.Count).Select(i => (double)i)],
            [.. regions.Select(r => $"{r.Region.Name} (${r.Region.PowerPrice.Value:0.###}/kWh)")]);
        plot.Axes.Margins(left: 0, right: 0.05);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Power layer (GPU energy + facility overhead)", FillColor = power });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Capital, storage, network, labour", FillColor = rest });
        plot.ShowLegend(Edge.Bottom);
        var s = regions[0].Estimate.Scenario;
        plot.Title($"$/1M output tokens by region: {s.Model.Id}, {s.Gpus} x {s.Accelerator.Id}, batch {regions[0].Estimate.Memory.Batch}");
        plot.XLabel("Cost per 1M output tokens (USD)");
        return plot;
    }
}
