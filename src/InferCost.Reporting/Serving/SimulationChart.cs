using InferCost.Reporting.Charts;
using InferCost.Scenarios;
using InferCost.Serving;
using ScottPlot;

namespace InferCost.Reporting.Serving;

/// <summary>
/// One load: the latency CDFs (TTFT, TPOT, end-to-end) on a log time axis. Several loads: output tokens/s and P99 TTFT
/// against the offered load, throughput on the left axis and P99 TTFT on the right.
/// </summary>
public static class SimulationChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(Scenario s, SimulationPlan plan, IReadOnlyList<SimulationRun> runs, ChartFormat format) =>
        ChartImage.Render(Build(s, plan, runs), format, 1000, 600);

    internal static Plot Build(Scenario s, SimulationPlan plan, IReadOnlyList<SimulationRun> runs) =>
        runs.Count == 1 ? Cdfs(s, plan, runs[0]) : AgainstLoad(s, plan, runs);

    private static Plot Cdfs(Scenario s, SimulationPlan plan, SimulationRun run)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var logs = new List<double>();
        var series = new[] { ("TTFT", run.Replica.Ttft), ("TPOT", run.Replica.Tpot), ("End-to-end", run.Replica.E2e) };
        for (var i = 0; i < series.Length; i++)
        {
            var (name, latency) = series[i];
            if (latency.Percentiles.IsDefaultOrEmpty)
            {
                continue;
            }

            var xs = latency.Percentiles.Select(v => Math.Log10(Math.Max(v, 1e-6))).ToArray();
            var ys = Enumerable.Range(0, latency.Percentiles.Length).Select(p => p / 100.0).ToArray();
            logs.AddRange(xs);
            var line = plot.Add.ScatterLine(xs, ys, palette.GetColor(i));
            line.LineWidth = 2;
            line.LegendText = $"{name} (P50 {Rendering.QuantityFormatter.Format(latency.P50.ToQuantity())}, P99 {Rendering.QuantityFormatter.Format(latency.P99.ToQuantity())})";
        }

        LogAxes.Apply(plot.Axes.Bottom, logs);
        plot.Axes.SetLimitsY(0, 1.02);
        plot.ShowLegend(Alignment.LowerRight);
        plot.Title($"Latency CDFs at {LoadText(plan, run)} ({run.Replica.Requests * run.Replicas:#,##0} requests): {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}");
        plot.XLabel("Seconds (log scale)");
        plot.YLabel("Share of requests at or below");
        return plot;
    }

    /// <summary>One run's load in words for a title: 10 requests/s, 64 users, azure-conv at 2x.</summary>
    internal static string LoadText(SimulationPlan plan, SimulationRun run) => plan.Kind switch
    {
        LoadKind.Concurrency => $"{run.Load:#,##0} users",
        LoadKind.Trace => $"{plan.Trace!.Name} at {run.Load:#,##0.###}x",
        _ => $"{run.Load:#,##0.###} requests/s",
    };

    private static Plot AgainstLoad(Scenario s, SimulationPlan plan, IReadOnlyList<SimulationRun> runs)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var loads = runs.Select(r => r.Load).ToArray();
        var throughput = plot.Add.Scatter(loads, runs.Select(r => r.OutputRate).ToArray(), palette.GetColor(0));
        throughput.LineWidth = 2;
        throughput.MarkerSize = 7;
        throughput.LegendText = "Output tokens/s (left)";
        var ttft = plot.Add.Scatter(loads, runs.Select(r => r.Replica.Ttft.P99.Value).ToArray(), palette.GetColor(3));
        ttft.LineWidth = 2;
        ttft.MarkerSize = 7;
        ttft.LinePattern = LinePattern.Dashed;
        ttft.LegendText = "P99 TTFT, s (right)";
        ttft.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "P99 time to first token (s)";
        // Both from zero, so that a rise reads as a rise and not as the axis's choice.
        plot.Axes.SetLimitsX(0, loads.Max() * 1.05);
        plot.Axes.SetLimitsY(0, Math.Max(runs.Max(r => r.OutputRate), 1e-9) * 1.1, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, Math.Max(runs.Max(r => r.Replica.Ttft.P99.Value), 1e-9) * 1.1, plot.Axes.Right);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Title($"Throughput and P99 TTFT against offered load: {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}");
        plot.XLabel(plan.Kind switch { LoadKind.Concurrency => "Concurrent users", LoadKind.Trace => "Trace speed (x)", _ => "Offered requests per second" });
        plot.YLabel("Output tokens per second");
        return plot;
    }
}
