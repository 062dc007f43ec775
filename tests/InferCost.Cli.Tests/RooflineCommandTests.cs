using System.Globalization;
using System.Text.Json;
using InferCost.Analysis;
using InferCost.Reporting.Analysis;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class RooflineCommandTests
{
    private static ScenarioRoofline Default(params (string Flag, string Value)[] flags) => RooflineAnalysis.Of(DefaultScenario.With(flags)).Value;

    [Fact]
    public void Roofline_Csv_OneRowPerPrecisionThenDecodeAndPrefill()
    {
        var run = CliRun.Of("roofline", "--format", "csv");

        run.ExitCode.ShouldBe(0, run.Error);
        var rows = Csv.Parse(run.Out);
        rows[0].ShouldContain("Ridge point (FLOP/B)");
        rows[0].ShouldContain("Peak FLOP/s (FLOP/s)");
        rows.Count.ShouldBe(1 + 3 + 2);
        rows.Skip(1).Select(r => r[1]).ShouldBe(["fp16", "bf16", "fp8", "fp8", "fp8"]);
        var ridge = rows[0].IndexOf("Ridge point (FLOP/B)");
        double.Parse(rows[3][ridge], CultureInfo.InvariantCulture).ShouldBe(1978.9 / 4.8, tolerance: 1e-9);
        rows[4][0].ShouldStartWith("Decode step (batch 64)");
        rows[4][^1].ShouldBe("memory");
        rows[5][0].ShouldStartWith("Prefill");
        rows[5][^1].ShouldBe("compute");
    }

    [Fact]
    public void Roofline_Json_OperatingPointsCarryTheAnalysisValues()
    {
        var run = CliRun.Of("roofline", "--batch", "8", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.GetProperty("tables")[0].GetProperty("rows");
        rows.GetArrayLength().ShouldBe(5);
        var decode = rows.EnumerateArray().Single(r => r.GetProperty("Row").GetString()!.StartsWith("Decode", StringComparison.Ordinal));
        var r = Default(("batch", "8"));
        decode.GetProperty("Intensity").GetProperty("value").GetDouble().ShouldBe(r.Decode.Intensity.Value, tolerance: 1e-9);
        decode.GetProperty("Achieved FLOP/s").GetProperty("unit").GetString().ShouldBe("FLOP/s");
        decode.GetProperty("% of peak").GetProperty("value").GetDouble().ShouldBe(r.Decode.ShareOfPeak, tolerance: 1e-12);
        doc.RootElement.GetProperty("sections").GetProperty("Roofline").GetProperty("Ridge / decode intensity").GetProperty("value").GetDouble()
            .ShouldBe(r.DecodeGap, tolerance: 1e-9);
    }

    [Theory]
    [InlineData("table", "Ridge point")]
    [InlineData("markdown", "| Row | Precision | Peak FLOP/s |")]
    public void Roofline_HumanFormats_ShowTheTable(string format, string expected)
    {
        var run = CliRun.Of("roofline", "--format", format);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain(expected);
        run.Out.ShouldNotContain("NaN", Case.Sensitive);
        run.Out.ShouldNotContain("Infinity", Case.Sensitive);
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".svg")]
    public void Roofline_Plot_WritesANonEmptyChart(string extension)
    {
        using var file = new TempFile(extension);

        var run = CliRun.Of("roofline", "--plot", file.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        new FileInfo(file.Path).Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public void Roofline_Chart_LinesRidgeAndMarkersAreLog10OfTheAnalysis()
    {
        var r = Default();
        var plot = RooflineChart.Build(r);

        // FP16 and BF16 share a peak on the H200, so one line; FP8 has its own.
        var lines = plot.GetPlottables<Scatter>().ToList();
        lines.Count.ShouldBe(2);
        foreach (var c in r.Ceilings)
        {
            var line = lines.Single(l => l.LegendText.Contains(c.Precision.ToString().ToUpperInvariant(), StringComparison.Ordinal));
            var points = line.Data.GetScatterPoints();
            points.Count.ShouldBe(3);
            points[1].X.ShouldBe(Math.Log10(c.RidgePoint.Value), tolerance: 1e-12);
            points[1].Y.ShouldBe(Math.Log10(c.Peak.Value / 1e12), tolerance: 1e-12);
            points[2].Y.ShouldBe(Math.Log10(c.Peak.Value / 1e12), tolerance: 1e-12);

            // The bandwidth slope: log10(I x BW) = log10 I + log10 BW.
            (points[0].Y - points[0].X).ShouldBe(Math.Log10(c.Bandwidth.Value / 1e12), tolerance: 1e-12);
        }

        lines.Single(l => l.LegendText.StartsWith("FP8", StringComparison.Ordinal)).LegendText.ShouldContain("FP8 peak: 1,979 TFLOP/s");
        plot.GetPlottables<VerticalLine>().Single().X.ShouldBe(Math.Log10(r.Compute.RidgePoint.Value), tolerance: 1e-12);

        var markers = plot.GetPlottables<Marker>().ToList();
        var decode = markers.Single(m => m.LegendText.StartsWith("Decode", StringComparison.Ordinal));
        decode.X.ShouldBe(Math.Log10(r.Decode.Intensity.Value), tolerance: 1e-12);
        decode.Y.ShouldBe(Math.Log10(r.Decode.Achieved.Value / 1e12), tolerance: 1e-12);
        var prefill = markers.Single(m => m.LegendText.StartsWith("Prefill", StringComparison.Ordinal));
        prefill.X.ShouldBe(Math.Log10(r.Prefill.Intensity.Value), tolerance: 1e-12);
        prefill.Y.ShouldBe(Math.Log10(r.Prefill.Achieved.Value / 1e12), tolerance: 1e-12);

        var labels = plot.GetPlottables<Text>().Select(t => t.LabelText).ToList();
        labels.ShouldContain(t => t.StartsWith("Decode AI ≈ 82.4 FLOP/B", StringComparison.Ordinal));
        labels.ShouldContain(t => t.Contains("below the ridge", StringComparison.Ordinal));
        plot.Axes.Title.Label.Text.ShouldBe("Roofline: NVIDIA H200 SXM 141 GB");
    }

    [Fact]
    public void Roofline_BadPlotExtension_FailsBeforeWork()
    {
        var run = CliRun.Of("roofline", "--plot", "chart.jpg");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--plot: 'chart.jpg' must end in .png or .svg.");
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Roofline_ScenarioThatDoesNotFit_IsBadInputWithThePlannersReason()
    {
        var run = CliRun.Of("roofline", "--gpu", "h100-sxm", "--weights", "fp16", "--batch", "1");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("not even one request fits");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Roofline_BadScenarioValue_NamesTheFlag()
    {
        var run = CliRun.Of("roofline", "--weights", "int3");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--weights: 'int3' is not a precision");
        run.ShouldHaveNoStackTrace();
    }
}
