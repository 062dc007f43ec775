using InferCost.Economics.Projection;
using InferCost.Reporting.Charts;
using ScottPlot;

namespace InferCost.Reporting.Economics;

/// <summary>$/1M output and input tokens by hardware generation, on a log axis; a generation that cannot serve the scenario has no point.</summary>
public static class GenerationCostChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(GenerationProjection p, ChartFormat format) => ChartImage.Render(Build(p), format, 1100, 600);

    internal static Plot Build(GenerationProjection p)
    {
        var plot = new Plot();
        var served = p.Generations.Select((g, i) => (Index: i, g.Estimate)).Where(x => x.Estimate is not null).ToList();
        var xs = served.Select(x => (double)x.Index).ToArray();
        var output = plot.Add.Scatter(xs, LogAxes.ToLog(served.Select(x => x.Estimate!.Cost.PerMillionOutputTokens.Value)));
        output.LegendText = "$/1M output tokens";
        var input = plot.Add.Scatter(xs, LogAxes.ToLog(served.Select(x => x.Estimate!.Cost.PerMillionInputTokens.Value)));
        input.LegendText = "$/1M input tokens";
        var extrapolatedFrom = p.Generations.ToList().FindIndex(g => g.Generation.Extrapolated);
        if (extrapolatedFrom > 0)
        {
            var line = plot.Add.VerticalLine(extrapolatedFrom - 0.5);
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = "extrapolated from here";
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, p.Generations.Count).Select(i => (double)i)],
            [.. p.Generations.Select(g => g.Generation.Extrapolated ? $"+{g.Generation.StepsAfterLast}\n{g.Generation.Year}" : $"{g.Generation.Accelerator.Id}\n{g.Generation.Year}")]);
        LogAxes.Apply(plot.Axes.Left, [.. output.Data.GetScatterPoints().Select(q => q.Y), .. input.Data.GetScatterPoints().Select(q => q.Y)]);
        var bottom = output.Data.GetScatterPoints().Concat(input.Data.GetScatterPoints()).Select(q => q.Y).DefaultIfEmpty(0).Min();
        for (var i = 0; i < p.Generations.Count; i++)
        {
            if (p.Generations[i].Estimate is null)
            {
                var note = plot.Add.Text("does not fit", i, bottom);
                note.Alignment = Alignment.LowerCenter;
            }
        }

        plot.Axes.SetLimitsX(-0.5, p.Generations.Count - 0.5);
        plot.ShowLegend(Edge.Bottom);
        var s = p.Generations[0].Scenario;
        plot.Title($"$/1M tokens by hardware generation: {s.Model.Id}, {s.Gpus} GPU(s), batch {(s.Batch.IsMax ? "max" : s.Batch.Requests)}");
        plot.YLabel("USD per 1M tokens (log)");
        return plot;
    }
}
