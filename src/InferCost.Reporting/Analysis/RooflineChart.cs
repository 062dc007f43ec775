using System.Globalization;
using InferCost.Analysis;
using InferCost.Architecture;
using InferCost.Reporting.Charts;
using InferCost.Units;
using ScottPlot;

namespace InferCost.Reporting.Analysis;

/// <summary>
/// Essay 001 figure 1 from the catalog: log-log roofline per precision (bandwidth slope, then flat at the dense peak),
/// the ridge of the scenario's compute precision dashed, decode and prefill marked where the model puts them.
/// </summary>
public static class RooflineChart
{
    private const double Tera = 1e12;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Category10 indices: red and purple mark decode and prefill, so the precision lines take the others.
    private static readonly int[] LineColors = [0, 1, 2, 5, 8, 9];
    private const int DecodeColor = 3;
    private const int PrefillColor = 4;

    /// <summary>The chart as an image in <paramref name="format"/>.</summary>

    public static byte[] Render(ScenarioRoofline roofline, ChartFormat format) => ChartImage.Render(Build(roofline), format, 1100, 750);

    internal static Plot Build(ScenarioRoofline r)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();

        // One decade of room either side of everything that is drawn.
        var intensities = r.Ceilings.Select(c => c.RidgePoint.Value).Append(r.Decode.Intensity.Value).Append(r.Prefill.Intensity.Value).ToList();
        var left = Math.Floor(Math.Log10(intensities.Min())) - 1;
        var right = Math.Ceiling(Math.Log10(intensities.Max())) + 1;

        // Precisions with the same peak (FP16 and BF16 on most GPUs) share one line, so none hides another; the scenario's
        // compute precision is drawn last, on top where the lines share the bandwidth slope.
        var lines = r.Ceilings.GroupBy(c => c.Peak).OrderBy(g => g.Contains(r.Compute)).ThenByDescending(g => g.Key.Value).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var c = lines[i].First();
            var names = string.Join(" / ", lines[i].Select(x => PrecisionFacts.Name(x.Precision).ToUpperInvariant()));
            var xs = new[] { left, Math.Log10(c.RidgePoint.Value), right };
            var ys = new[] { Tf(c.AttainableAt(new FlopsPerByte(Math.Pow(10, left)))), Tf(c.Peak), Tf(c.AttainableAt(new FlopsPerByte(Math.Pow(10, right)))) };
            var line = plot.Add.ScatterLine(xs, ys, palette.GetColor(LineColors[i % LineColors.Length]));
            line.LineWidth = lines[i].Contains(r.Compute) ? 3 : 2;
            line.LegendText = $"{names} peak: {(c.Peak.Value / Tera).ToString("#,##0", Invariant)} TFLOP/s"
                + (lines[i].Contains(r.Compute) ? " (scenario's compute precision)" : "");
        }

        // Horizontal, just above the slope part-way to the first ridge: a rotated label would match the line at one aspect
        // ratio only, and the operating points' labels sit under their markers.
        var labelX = left + (0.6 * (Math.Log10(r.Ceilings.Min(c => c.RidgePoint).Value) - left));
        var bandwidthLabel = plot.Add.Text(
            $"Memory-bound slope: {(r.Compute.Bandwidth.Value / Tera).ToString("0.##", Invariant)} TB/s",
            labelX,
            Tf(r.Compute.AttainableAt(new FlopsPerByte(Math.Pow(10, labelX)))));
        bandwidthLabel.LabelAlignment = Alignment.LowerRight;
        bandwidthLabel.LabelFontSize = 13;
        bandwidthLabel.OffsetX = -10;

        var ridgeX = Math.Log10(r.Compute.RidgePoint.Value);
        var ridge = plot.Add.VerticalLine(ridgeX, 1.5f, Colors.Gray, LinePattern.Dashed);
        ridge.LegendText = $"Ridge ≈ {Approx(r.Compute.RidgePoint.Value)} FLOP/byte ({PrecisionFacts.Name(r.Compute.Precision).ToUpperInvariant()} peak / bandwidth)";

        var bottom = Math.Floor(Math.Min(Tf(r.Compute.AttainableAt(new FlopsPerByte(Math.Pow(10, left)))), Math.Min(Tf(r.Decode.Achieved), Tf(r.Prefill.Achieved))));
        var top = Tf(r.Ceilings.Max(c => c.Peak)) + 0.5;

        var prompts = r.Estimate.Prefill.Requests;
        Mark(plot, r.Decode, $"Decode (batch {r.Estimate.Memory.Batch.ToString("#,##0", Invariant)})", "Decode", palette.GetColor(DecodeColor), MarkerShape.FilledCircle);
        Mark(plot, r.Prefill, $"Prefill ({prompts.ToString("#,##0", Invariant)} prompt{(prompts == 1 ? "" : "s")})", "Prefill", palette.GetColor(PrefillColor), MarkerShape.FilledSquare);

        if (r.DecodeGap > 1)
        {
            // The essay's "90x gap": a double-headed span from decode's intensity to the ridge, under the decode marker.
            var y = Tf(r.Decode.Achieved) - 0.45;
            var span = plot.Add.Arrow(ridgeX, y, Math.Log10(r.Decode.Intensity.Value), y);
            span.ArrowFillColor = Colors.DimGray;
            span.ArrowLineColor = Colors.DimGray;
            span.ArrowWidth = 2;
            span.ArrowheadWidth = 12;
            span.ArrowheadLength = 12;
            var gap = plot.Add.Text($"Decode {Approx(r.DecodeGap)}× below the ridge", (ridgeX + Math.Log10(r.Decode.Intensity.Value)) / 2, y);
            gap.LabelAlignment = Alignment.LowerCenter;
            gap.LabelFontSize = 13;
            gap.OffsetY = -4;
        }

        LogAxes.Apply(plot.Axes.Bottom);
        LogAxes.Apply(plot.Axes.Left);
        plot.Axes.SetLimits(left, right, bottom, top);
        var s = r.Estimate.Scenario;
        plot.Title($"Roofline: {s.Accelerator.Name}");
        plot.XLabel("Arithmetic intensity (FLOP/byte, log scale)");
        plot.YLabel("Performance per GPU (TFLOP/s, log scale)");
        plot.Legend.FontSize = 13;
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>A FLOP/s rate as the chart's y: log10 of TFLOP/s.</summary>
    internal static double Tf(FlopsPerSecond rate) => Math.Log10(rate.Value / Tera);

    private static void Mark(Plot plot, RooflinePoint p, string legend, string name, Color color, MarkerShape shape)
    {
        var x = Math.Log10(p.Intensity.Value);
        var y = Tf(p.Achieved);
        var marker = plot.Add.Marker(x, y, shape, 12, color);
        marker.LegendText = legend;
        var label = plot.Add.Text(
            $"{name} AI ≈ {Approx(p.Intensity.Value)} FLOP/B\n{Approx(p.Achieved.Value / Tera)} TFLOP/s achieved",
            x,
            y);
        label.LabelAlignment = Alignment.UpperCenter;
        label.LabelFontSize = 13;
        label.LabelFontColor = color;
        label.OffsetY = 10;
        label.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
    }

    // Two or three significant figures: a label is read at a glance; the table has the exact values.
    private static string Approx(double v) =>
        v >= 100 ? v.ToString("#,##0", Invariant) : v >= 10 ? v.ToString("0.#", Invariant) : v.ToString("0.##", Invariant);
}
