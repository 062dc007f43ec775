using System.Globalization;
using InferCost.Analysis;
using InferCost.Reporting.Charts;
using ScottPlot;

namespace InferCost.Reporting.Analysis;

/// <summary>
/// $/1M output tokens against decode output tokens/s per GPU: one marker per layout that fits, one colour per deployment,
/// each labelled with its degrees. An axis whose values span more than a decade is logarithmic.
/// </summary>
public static class LayoutChart
{
    // Labels closer than this share of an axis's span are drawn once.
    private const double LabelClearance = 0.012;

    // Beyond a factor of ten a linear axis crowds the low end into a corner.
    private const double LogSpanRatio = 10;

    /// <summary>The chart as an image in <paramref name="format"/>.</summary>
    public static byte[] Render(LayoutComparison comparison, ChartFormat format) => ChartImage.Render(Build(comparison), format, 1200, 800);

    /// <summary>A layout's label on the chart: tp and pp (attention-dp is the rest of the GPUs, GPUs / (tp x pp); the marker shape tells ep).</summary>
    public static string Label(Deployment.ParallelLayout l) => string.Create(
        CultureInfo.InvariantCulture, $"tp{l.TensorParallel} pp{l.PipelineParallel}");

    private static double Span(double[] values) => values.Length > 0 && values.Max() > values.Min() ? values.Max() - values.Min() : 1;

    internal static Plot Build(LayoutComparison comparison)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var fitting = comparison.Deployments.SelectMany(d => d.Fitting).ToList();
        var allX = fitting.Select(r => r.Estimate!.Throughput.DecodeOutputTokensPerSecondPerGpu.Value).ToList();
        var allY = fitting.Select(r => r.Estimate!.Cost.PerMillionOutputTokens.Value).ToList();
        var logX = allX.Count > 0 && allX.Max() > LogSpanRatio * allX.Min();
        var logY = allY.Count > 0 && allY.Max() > LogSpanRatio * allY.Min();
        double[] Axis(IEnumerable<double> values, bool log) => log ? LogAxes.ToLog(values) : [.. values];

        // Text goes where no label of the same deployment was put nearby: an ep 1 layout and its ep = stage twin often
        // land on top of each other (their marker shapes tell them apart), and two copies of a label would blur.
        var spanX = Span(Axis(allX, logX));
        var spanY = Span(Axis(allY, logY));
        for (var i = 0; i < comparison.Deployments.Count; i++)
        {
            var d = comparison.Deployments[i];
            var rows = d.Fitting.ToList();
            var color = palette.GetColor(i);
            var name = $"{d.Gpus.ToString(CultureInfo.InvariantCulture)} x {d.Accelerator.Id}";
            plot.Legend.ManualItems.Add(rows.Count == 0
                ? new LegendItem { LabelText = name + ": nothing fits", MarkerShape = MarkerShape.Eks, MarkerColor = color, MarkerSize = 9 }
                : new LegendItem { LabelText = $"{name} ({rows.Count} layouts; cheapest {LayoutAnalysis.Describe(rows[0].Layout)})", MarkerShape = MarkerShape.FilledSquare, MarkerColor = color, MarkerSize = 9 });
            var labelled = new List<(double X, double Y)>();
            foreach (var expertParallel in new[] { false, true })
            {
                var series = rows.Where(r => r.Layout.ExpertParallel > 1 == expertParallel).ToList();
                if (series.Count == 0)
                {
                    continue;
                }

                var xs = Axis(series.Select(r => r.Estimate!.Throughput.DecodeOutputTokensPerSecondPerGpu.Value), logX);
                var ys = Axis(series.Select(r => r.Estimate!.Cost.PerMillionOutputTokens.Value), logY);
                var points = plot.Add.ScatterPoints(xs, ys, color);
                points.MarkerSize = expertParallel ? 11 : 9;
                points.MarkerShape = expertParallel ? MarkerShape.OpenTriangleUp : MarkerShape.FilledCircle;
                points.MarkerLineWidth = 2;
                for (var j = 0; j < series.Count; j++)
                {
                    if (labelled.Any(p => Math.Abs(p.X - xs[j]) < LabelClearance * spanX && Math.Abs(p.Y - ys[j]) < LabelClearance * spanY))
                    {
                        continue;
                    }

                    labelled.Add((xs[j], ys[j]));
                    var label = plot.Add.Text(Label(series[j].Layout), xs[j], ys[j]);
                    label.LabelFontSize = 10;
                    label.LabelFontColor = color;
                    label.LabelAlignment = Alignment.LowerLeft;
                    label.OffsetX = 6;
                    label.OffsetY = -3;
                }
            }
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "filled circle: ep 1 (each expert split over the stage)", MarkerShape = MarkerShape.FilledCircle, MarkerColor = Colors.Gray, MarkerSize = 9 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "open triangle: ep = the stage's GPUs (attention DP + EP)", MarkerShape = MarkerShape.OpenTriangleUp, MarkerColor = Colors.Gray, MarkerSize = 11 });

        if (logX)
        {
            LogAxes.Apply(plot.Axes.Bottom, LogAxes.ToLog(allX));
        }

        if (logY)
        {
            LogAxes.Apply(plot.Axes.Left, LogAxes.ToLog(allY));
        }

        var s = comparison.Deployments[0].Scenario;
        plot.Axes.Margins(left: 0.05, right: 0.12, bottom: 0.08, top: 0.22);
        plot.Title($"$/1M output vs decode tok/s per GPU for each layout: {s.Model.Id}, {s.InputTokens:#,##0} + {s.OutputTokens:#,##0} tokens, batch {(s.Batch.IsMax ? "max" : s.Batch.Requests.ToString(CultureInfo.InvariantCulture))}");
        plot.XLabel("Decode output tokens/s per GPU" + (logX ? " (log scale)" : ""));
        plot.YLabel("Cost per 1M output tokens (USD" + (logY ? ", log scale)" : ")"));
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
