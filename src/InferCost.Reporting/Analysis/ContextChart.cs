using System.Globalization;
using InferCost.Analysis;
using InferCost.Architecture;
using InferCost.Reporting.Charts;
using ScottPlot;

namespace InferCost.Reporting.Analysis;

/// <summary>
/// $/1M output tokens against context on log-log axes: one line at the scenario's TP, points at the larger TP a context
/// needs where it does not fit, and crosses along the bottom where nothing serves it.
/// </summary>
public static class ContextChart
{
    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(ContextSweep sweep, ChartFormat format) => ChartImage.Render(Build(sweep), format, 1000, 650);

    internal static Plot Build(ContextSweep sweep)
    {
        var s = sweep.Scenario;
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var atScenarioTp = sweep.Rows.Where(r => r.Fit == ContextFit.Fits).ToList();
        var atLargerTp = sweep.Rows.Where(r => r.Fit == ContextFit.NeedsLargerTensorParallel).ToList();
        var unserved = sweep.Rows.Where(r => r.ServedEstimate is null).ToList();

        if (atScenarioTp.Count > 0)
        {
            var line = plot.Add.Scatter(
                LogAxes.ToLog(atScenarioTp.Select(r => (double)r.InputTokens)),
                LogAxes.ToLog(atScenarioTp.Select(r => r.Estimate!.Cost.PerMillionOutputTokens.Value)),
                palette.GetColor(0));
            line.LegendText = $"TP {s.TensorParallel} (the scenario's)";
            line.LineWidth = 2;
            line.MarkerSize = 8;
        }

        if (atLargerTp.Count > 0)
        {
            var xs = LogAxes.ToLog(atLargerTp.Select(r => (double)r.InputTokens));
            var ys = LogAxes.ToLog(atLargerTp.Select(r => r.LargerTensorParallel!.Estimate.Cost.PerMillionOutputTokens.Value));
            var more = plot.Add.Scatter(xs, ys, palette.GetColor(1));
            more.LegendText = "Smallest larger TP that fits (labelled)";
            more.LinePattern = LinePattern.Dashed;
            more.LineWidth = 2;
            more.MarkerSize = 8;
            more.MarkerShape = MarkerShape.FilledSquare;
            for (var i = 0; i < atLargerTp.Count; i++)
            {
                var label = plot.Add.Text($"TP {atLargerTp[i].LargerTensorParallel!.TensorParallel}", xs[i], ys[i]);
                label.LabelFontSize = 13;
                label.LabelFontColor = palette.GetColor(1);
                label.LabelAlignment = Alignment.LowerCenter;
                label.OffsetY = -8;
            }
        }

        var cheapest = sweep.Rows.Where(r => r.Cheapest is not null).ToList();
        if (cheapest.Count > 0)
        {
            var xs = LogAxes.ToLog(cheapest.Select(r => (double)r.InputTokens));
            var ys = LogAxes.ToLog(cheapest.Select(r => r.Cheapest!.Estimate.Cost.PerMillionOutputTokens.Value));
            var best = plot.Add.Scatter(xs, ys, palette.GetColor(2));
            best.LegendText = "Cheapest feasible layout: more GPUs or KV offload (labelled)";
            best.LineWidth = 3;
            best.MarkerSize = 9;
            best.MarkerShape = MarkerShape.FilledDiamond;
            for (var i = 0; i < cheapest.Count; i++)
            {
                var label = plot.Add.Text(ContextReportBuilder.LayoutText(cheapest[i].Cheapest!).Replace(" + ", "\n+ ", StringComparison.Ordinal), xs[i], ys[i]);
                label.LabelFontSize = 11;
                label.LabelFontColor = palette.GetColor(2);
                label.LabelAlignment = Alignment.UpperCenter;
                label.OffsetY = 10;
            }
        }

        var served = sweep.Rows.Select(r => r.ServedEstimate).OfType<Estimation.Estimate>().Select(e => Math.Log10(e.Cost.PerMillionOutputTokens.Value)).ToList();
        var bottom = served.Count > 0 ? served.Min() - (0.15 * Math.Max(served.Max() - served.Min(), 1)) : 0;
        if (unserved.Count > 0)
        {
            var xs = LogAxes.ToLog(unserved.Select(r => (double)r.InputTokens));
            var crosses = plot.Add.ScatterPoints(xs, [.. unserved.Select(_ => bottom)], Colors.Red);
            crosses.LegendText = "Nothing serves it (labelled why)";
            crosses.MarkerShape = MarkerShape.Eks;
            crosses.MarkerSize = 14;
            crosses.MarkerLineWidth = 3;
            for (var i = 0; i < unserved.Count; i++)
            {
                var why = unserved[i].Fit == ContextFit.ExceedsModelContext ? "over model\nmax context" : $"needs TP\nover {s.Accelerator.Interconnect.ScaleUpDomain}";
                var label = plot.Add.Text(why, xs[i], bottom);
                label.LabelFontSize = 11;
                label.LabelFontColor = Colors.Red;
                label.LabelAlignment = Alignment.LowerCenter;
                label.OffsetY = -12;
            }
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. sweep.Rows.Select(r => Math.Log10(r.InputTokens))],
            [.. sweep.Rows.Select(r => ContextLabel(r.InputTokens))]);
        // The axis spans every point drawn: the scenario's TP line climbs far above the rest at long contexts.
        LogAxes.Apply(plot.Axes.Left,
        [
            .. served,
            .. atScenarioTp.Select(r => Math.Log10(r.Estimate!.Cost.PerMillionOutputTokens.Value)),
            .. atLargerTp.Select(r => Math.Log10(r.LargerTensorParallel!.Estimate.Cost.PerMillionOutputTokens.Value)),
            .. cheapest.Select(r => Math.Log10(r.Cheapest!.Estimate.Cost.PerMillionOutputTokens.Value)),
            bottom,
        ]);
        plot.Axes.Margins(0.08, 0.12);
        plot.Title($"$/1M output tokens vs context: {s.Model.Id}, {PrecisionFacts.Name(s.Weights)} weights / {PrecisionFacts.Name(s.Kv)} KV on {s.Accelerator.Id}, {s.OutputTokens:#,##0} output tokens");
        plot.XLabel("Context (input tokens per request, log scale, K = 1,024)");
        plot.YLabel("Cost per 1M output tokens (USD, log scale)");
        // Upper right: the costs rise with context on the left, and the contexts nothing serves sit at the bottom right.
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    // 2K, 128K, 1M: the way people name context windows (k = 1,024); anything else as a plain count.
    private static string ContextLabel(int tokens) => tokens switch
    {
        _ when tokens >= 1 << 20 && tokens % (1 << 20) == 0 => $"{tokens >> 20}M",
        _ when tokens >= 1 << 10 && tokens % (1 << 10) == 0 => $"{tokens >> 10}K",
        _ => tokens.ToString("#,##0", CultureInfo.InvariantCulture),
    };
}
