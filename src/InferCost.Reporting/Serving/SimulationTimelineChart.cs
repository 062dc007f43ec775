using InferCost.Reporting.Charts;
using InferCost.Scenarios;
using InferCost.Serving;
using ScottPlot;

namespace InferCost.Reporting.Serving;

/// <summary>
/// One run over time, per replica: the queue (requests waiting) and the batch (requests running) on the left axis, the
/// share of the KV pool held on the right, each slice of the timeline drawn as a step over its span, so a burst, a
/// backlog building past the knee or a pool running full reads at a glance.
/// </summary>
public static class SimulationTimelineChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(Scenario s, SimulationPlan plan, SimulationRun run, ChartFormat format) =>
        ChartImage.Render(Build(s, plan, run), format, 1000, 600);

    internal static Plot Build(Scenario s, SimulationPlan plan, SimulationRun run)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var timeline = run.Replica.Timeline;
        var xs = timeline.Select(p => p.Start).Append(timeline.Count > 0 ? timeline[^1].End : 0).ToArray();
        // Each slice holds its mean over its span: a step from its start, with its last value repeated at the run's end.
        double[] Steps(Func<TimeSeriesPoint, double> value) => [.. timeline.Select(value), timeline.Count > 0 ? value(timeline[^1]) : 0];

        var batch = plot.Add.Scatter(xs, Steps(p => p.Running), palette.GetColor(0));
        batch.ConnectStyle = ConnectStyle.StepHorizontal;
        batch.MarkerSize = 0;
        batch.LineWidth = 2;
        batch.LegendText = $"Batch: requests running (mean {run.Replica.MeanRunning:#,##0.#}, left)";
        var queue = plot.Add.Scatter(xs, Steps(p => p.Waiting), palette.GetColor(3));
        queue.ConnectStyle = ConnectStyle.StepHorizontal;
        queue.MarkerSize = 0;
        queue.LineWidth = 2;
        queue.LegendText = $"Queue: requests waiting (mean {run.Replica.MeanWaiting:#,##0.#}, left)";
        var kv = plot.Add.Scatter(xs, Steps(p => p.KvUtilisation * 100), palette.GetColor(2));
        kv.ConnectStyle = ConnectStyle.StepHorizontal;
        kv.MarkerSize = 0;
        kv.LineWidth = 1.5f;
        kv.LinePattern = LinePattern.Dashed;
        kv.LegendText = $"KV pool held, % (mean {run.Replica.MeanKvUtilisation * 100:0.#}%, right)";
        kv.Axes.YAxis = plot.Axes.Right;

        // From zero, so that a rise reads as a rise; the KV axis always 0 to 100% so that a full pool looks full.
        var top = timeline.Count > 0 ? timeline.Max(p => Math.Max(p.Running, p.Waiting)) : 0;
        plot.Axes.SetLimitsX(0, Math.Max(xs.Length > 0 ? xs[^1] : 0, 1e-9));
        plot.Axes.SetLimitsY(0, Math.Max(top, 1) * 1.1, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, 105, plot.Axes.Right);
        plot.Axes.Right.Label.Text = "KV pool held (%)";
        // Below the axes: inside, it would hide the start of the run, where a backlog or a full pool usually builds.
        plot.ShowLegend(Edge.Bottom);
        plot.Title($"Queue, batch and KV over time at {SimulationChart.LoadText(plan, run)}, per replica: {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}");
        plot.XLabel("Seconds since the start of the run");
        plot.YLabel("Requests (time-weighted mean per slice)");
        return plot;
    }
}
