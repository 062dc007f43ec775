using System.Globalization;
using System.Text.Json.Nodes;
using InferCost.Analysis;
using InferCost.Reporting.Analysis;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class LeversCommandTests
{
    private static LeverResult Engine()
    {
        var s = DefaultScenario.With();
        var c = DefaultScenario.Catalog;
        return LeverAnalysis.Run(s, LeverRanges.For(s, c.Regions.Values, LeverRanges.DefaultAlternatives.Select(id => c.Models[id]))).Value;
    }

    [Fact]
    public void Levers_Csv_OneRowPerLeverWidestFirst()
    {
        var run = CliRun.Of("levers", "--format", "csv");
        run.ExitCode.ShouldBe(0, run.Error);
        var rows = Csv.Parse(run.Out);
        var headers = rows[0];
        headers.ShouldContain("Cheapest $/1M output (USD/1M tokens)");
        rows.Count.ShouldBe(1 + Enum.GetValues<LeverKind>().Length);
        var span = headers.IndexOf("Span $/1M output (USD/1M tokens)");
        var spans = rows.Skip(1).Select(r => double.Parse(r[span], CultureInfo.InvariantCulture)).ToList();
        spans.ShouldBe([.. spans.OrderDescending()]);
        rows[1][0].ShouldBe("Batching depth");
        rows[1][1].ShouldStartWith("max (");
        rows[1][5].ShouldBe("batch 1");
        rows.Single(r => r[0].StartsWith("Context", StringComparison.Ordinal))[1].ShouldBe("25% (1,024 tokens)");
        run.Out.ShouldNotContain("NaN");
        run.Out.ShouldNotContain("Infinity");
    }

    [Fact]
    public void Levers_Json_EndsMatchTheEngine()
    {
        var run = CliRun.Of("levers", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var rows = JsonNode.Parse(run.Out)!["tables"]![0]!["rows"]!.AsArray();
        var r = Engine();
        rows.Count.ShouldBe(r.Swings.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i]!["Lever"]!.GetValue<string>().ShouldBe(r.Swings[i].Lever.Name);
            rows[i]!["Cheapest $/1M output"]!["value"]!.GetValue<double>().ShouldBe(r.Swings[i].Low.Estimate.Cost.PerMillionOutputTokens.Value);
            rows[i]!["Dearest $/1M input"]!["value"]!.GetValue<double>().ShouldBe(r.Swings[i].High.Estimate.Cost.PerMillionInputTokens.Value);
        }
    }

    [Fact]
    public void Levers_Table_NotesTheSettingsThatDoNotFit()
    {
        var run = CliRun.Of("levers");
        run.ExitCode.ShouldBe(0, run.Error);
        var text = string.Join(" ", run.Out.Split((char[])[' ', '\n', '\r', '│'], StringSplitOptions.RemoveEmptyEntries));
        text.ShouldContain("Quantization (weight precision) = fp16 (batch 64 does not fit)");
        text.ShouldContain("Batching depth = 128 (batch 128 does not fit)");
    }

    [Theory]
    [InlineData(".png", 10_000)]
    [InlineData(".svg", 1_000)]
    public void Levers_Plot_OneBarPerLeverFromCheapestToDearestWithTheBaseLine(string extension, int minimumBytes)
    {
        using var file = new TempFile(extension);
        var run = CliRun.Of("levers", "--plot", file.Path);
        run.ExitCode.ShouldBe(0, run.Error);
        new FileInfo(file.Path).Length.ShouldBeGreaterThan(minimumBytes);

        var r = Engine();
        var plot = LeversChart.Build(r);
        var bars = plot.GetPlottables<BarPlot>().Single().Bars;
        bars.Count.ShouldBe(r.Swings.Count);
        for (var i = 0; i < r.Swings.Count; i++)
        {
            bars[i].Position.ShouldBe(r.Swings.Count - 1 - i); // widest at the top
            bars[i].ValueBase.ShouldBe(Math.Log10(r.Swings[i].Low.Estimate.Cost.PerMillionOutputTokens.Value));
            bars[i].Value.ShouldBe(Math.Log10(r.Swings[i].High.Estimate.Cost.PerMillionOutputTokens.Value));
        }

        plot.GetPlottables<VerticalLine>().Single().X.ShouldBe(Math.Log10(r.Base.Cost.PerMillionOutputTokens.Value));
        plot.GetPlottables<Text>().Select(t => t.LabelText).ShouldContain("batch 1");
    }

    [Fact]
    public void Levers_Alternatives_ReplaceTheDefaultModels()
    {
        var run = CliRun.Of("levers", "--alternatives", "qwen3-30b-a3b", "--format", "csv");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Split('\n').Single(l => l.StartsWith("Model efficiency", StringComparison.Ordinal)).ShouldContain("qwen3-30b-a3b");
        run.Out.ShouldNotContain("gpt-oss-120b");
    }

    [Fact]
    public void Levers_UnknownAlternative_FailsWithTheId()
    {
        var run = CliRun.Of("levers", "--alternatives", "llama-4-scout,no-such-model");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--alternatives");
        run.Error.ShouldContain("unknown model 'no-such-model'");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Levers_EmptyAlternatives_Fails()
    {
        var run = CliRun.Of("levers", "--alternatives", " , ");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("at least one catalog model id");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Levers_BadPlotExtension_FailsBeforeWork()
    {
        var run = CliRun.Of("levers", "--plot", "chart.jpg");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--plot");
        run.Error.ShouldContain(".png or .svg");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Levers_BaseThatDoesNotFit_FailsClearly()
    {
        var run = CliRun.Of("levers", "--gpu", "h100-sxm", "--weights", "fp16");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("not even one request fits");
        run.ShouldHaveNoStackTrace();
    }
}
