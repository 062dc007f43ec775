using System.Globalization;
using System.Text.Json.Nodes;
using InferCost.Analysis;
using InferCost.Reporting.Analysis;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class ContextCommandTests
{
    [Fact]
    public void Context_Csv_OneRowPerDefaultContextWithEmptyCostsBeyondTheModelsMaximum()
    {
        var run = CliRun.Of("context", "--format", "csv");
        run.ExitCode.ShouldBe(0, run.Error);
        var lines = run.Out.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headers = lines[0].Split(',');
        headers.ShouldContain("$/1M output (USD/1M tokens)");
        headers.ShouldContain("KV per request (B)");
        lines.Count.ShouldBe(1 + 10);
        var output = Array.IndexOf(headers, "$/1M output (USD/1M tokens)");
        var context = Array.IndexOf(headers, "Context (tokens)");
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToList();
        cells.Select(c => int.Parse(c[context], CultureInfo.InvariantCulture)).ShouldBe(ContextAnalysis.DefaultContexts);

        // llama-3.1-70b stops at 131,072 tokens: 128K of prompt + 512 generated is over it.
        var costs = cells.Take(6).Select(c => double.Parse(c[output], CultureInfo.InvariantCulture)).ToList();
        costs.ShouldBe([.. costs.Order()]);
        cells.Skip(6).ShouldAllBe(c => c[output].Length == 0);
        run.Out.ShouldNotContain("NaN");
    }

    [Fact]
    public void Context_Json_RowsMatchTheEngine()
    {
        var run = CliRun.Of("context", "--contexts", "4k,32k", "--batch", "8", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var rows = JsonNode.Parse(run.Out)!["tables"]![0]!["rows"]!.AsArray();
        rows.Count.ShouldBe(2);

        var sweep = ContextAnalysis.Sweep(DefaultScenario.With(("batch", "8")), [4096, 32768]).Value;
        for (var i = 0; i < 2; i++)
        {
            rows[i]!["$/1M output"]!["value"]!.GetValue<double>().ShouldBe(sweep.Rows[i].Estimate!.Cost.PerMillionOutputTokens.Value);
            rows[i]!["Batch used"]!["value"]!.GetValue<double>().ShouldBe(8);
            rows[i]!["Fits at scenario TP"]!.GetValue<string>().ShouldBe("yes");
        }

        rows[0]!["x 4K"]!["value"]!.GetValue<double>().ShouldBe(1);
    }

    [Fact]
    public void Context_Table_ShowsTheTpAContextNeedsWhereItDoesNotFit()
    {
        var run = CliRun.Of("context", "--gpu", "h100-sxm", "--contexts", "4k,64k", "--format", "markdown");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("no: not even one request fits: ");
        run.Out.ShouldContain("; fits at TP 2");
        run.Out.ShouldContain("capped at the largest that fits");
    }

    [Fact]
    public void Context_Markdown_HasTheTable()
    {
        var run = CliRun.Of("context", "--contexts", "2k,4k", "--format", "markdown");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("| Context |");
        run.Out.ShouldContain("x 4K");
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".svg")]
    public void Context_Plot_LinePointsAreLog10OfTheRowsCosts(string extension)
    {
        using var file = new TempFile(extension);
        var run = CliRun.Of("context", "--plot", file.Path);
        run.ExitCode.ShouldBe(0, run.Error);
        new FileInfo(file.Path).Length.ShouldBeGreaterThan(10_000);

        var sweep = ContextAnalysis.Sweep(DefaultScenario.With(), ContextAnalysis.DefaultContexts).Value;
        var scatters = ContextChart.Build(sweep).GetPlottables<Scatter>().ToList();
        var line = scatters.Single(s => s.LegendText.StartsWith("TP 1", StringComparison.Ordinal)).Data.GetScatterPoints();
        var fits = sweep.Rows.Where(r => r.Fit == ContextFit.Fits).ToList();
        line.Count.ShouldBe(fits.Count);
        for (var i = 0; i < fits.Count; i++)
        {
            line[i].X.ShouldBe(Math.Log10(fits[i].InputTokens), tolerance: 1e-12);
            line[i].Y.ShouldBe(Math.Log10(fits[i].Estimate!.Cost.PerMillionOutputTokens.Value), tolerance: 1e-12);
        }

        var crosses = scatters.Single(s => s.LegendText.StartsWith("Nothing serves", StringComparison.Ordinal)).Data.GetScatterPoints();
        crosses.Select(p => p.X).ShouldBe(sweep.Rows.Where(r => r.ServedEstimate is null).Select(r => Math.Log10(r.InputTokens)), tolerance: 1e-12);
    }

    [Fact]
    public void Context_Plot_VerticalAxisEnclosesEveryPointDrawn()
    {
        // On an H100 the scenario's TP 1 line climbs to $21/1M at 32K, far above the cheapest layout's: it must stay on the chart.
        var sweep = ContextAnalysis.Sweep(DefaultScenario.With(("gpu", "h100-sxm")), ContextAnalysis.DefaultContexts).Value;
        var plot = ContextChart.Build(sweep);
        using var image = plot.GetImage(1000, 650);
        var limits = plot.Axes.GetLimits();
        foreach (var point in plot.GetPlottables<Scatter>().SelectMany(s => s.Data.GetScatterPoints()))
        {
            point.Y.ShouldBeInRange(limits.Bottom, limits.Top);
        }
    }

    [Fact]
    public void Context_Plot_ContextsThatNeedMoreGpusAreASecondSeriesAtTheirTp()
    {
        var sweep = ContextAnalysis.Sweep(DefaultScenario.With(("gpu", "h100-sxm")), [4096, 65536, 98304]).Value;
        var more = ContextChart.Build(sweep).GetPlottables<Scatter>().Single(s => s.LegendText.StartsWith("Smallest larger TP", StringComparison.Ordinal));

        var needing = sweep.Rows.Where(r => r.Fit == ContextFit.NeedsLargerTensorParallel).ToList();
        needing.Count.ShouldBeGreaterThan(0);
        more.Data.GetScatterPoints().Select(p => p.Y).ShouldBe(
            needing.Select(r => Math.Log10(r.LargerTensorParallel!.Estimate.Cost.PerMillionOutputTokens.Value)), tolerance: 1e-12);
    }

    [Theory]
    [InlineData("4k,abc", "--contexts: 'abc' is not a token count")]
    [InlineData("4k,,8k", "--contexts: '4k,,8k' is not a list of contexts")]
    [InlineData("0", "--contexts: '0' must be a whole number of tokens from 1")]
    public void Context_BadContexts_ExitTwoWithTheReason(string contexts, string expected)
    {
        var run = CliRun.Of("context", "--contexts", contexts);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Context_BadScenarioValue_ExitTwoWithTheResolversMessage()
    {
        var run = CliRun.Of("context", "--pue", "0.8");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--pue: must be from 1 to 3 (facility power / IT power)");
        run.ShouldHaveNoStackTrace();
    }
}
