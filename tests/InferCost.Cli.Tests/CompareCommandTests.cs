using System.Globalization;
using System.Text.Json;
using InferCost.Analysis;
using InferCost.Reporting.Analysis;
using InferCost.Cli.Commands;
using InferCost.Estimation;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public sealed class CompareCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("infercost-compare-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string yaml)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, yaml);
        return path;
    }

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    [Fact]
    public void Compare_Csv_ColumnsAreTheFilesRowsTheFiguresWithTheirUnits()
    {
        var small = File("small.yaml", "batch: 8\n");
        var large = File("large.yaml", "batch: 64\n");

        var run = CliRun.Of("compare", small, large, "--format", "csv");

        run.ExitCode.ShouldBe(0, run.Error);
        var rows = Csv.Parse(run.Out);
        rows[0].ShouldBe(["Figure", "Unit", "small", "large"]);
        var output = rows.Single(r => r[0] == "$/1M output tokens");
        output[1].ShouldBe("USD/1M tokens");
        rows.Single(r => r[0] == "Time to first token")[1].ShouldBe("s");
        rows.Single(r => r[0] == "Batch").Skip(2).ShouldBe(["8", "64"]);

        // The multiple of the first is the ratio of the two direct estimates; the layers add up to each total.
        var direct8 = CostEstimator.Estimate(DefaultScenario.With(("batch", "8"))).Value.Cost.PerMillionOutputTokens.Value;
        var direct64 = CostEstimator.Estimate(DefaultScenario.With(("batch", "64"))).Value.Cost.PerMillionOutputTokens.Value;
        Number(output[2]).ShouldBe(direct8, tolerance: 1e-12);
        Number(output[3]).ShouldBe(direct64, tolerance: 1e-12);
        var multiple = rows.Single(r => r[0].StartsWith("x small", StringComparison.Ordinal));
        Number(multiple[2]).ShouldBe(1);
        Number(multiple[3]).ShouldBe(direct64 / direct8, tolerance: 1e-12);
        var layers = rows.Where(r => r[0].EndsWith("($/1M output)", StringComparison.Ordinal) && r[0].StartsWith("  ", StringComparison.Ordinal)).ToList();
        layers.Count.ShouldBe(9); // GPU and rack capital, GPU energy, host energy, facility, storage, network, network energy, labour
        for (var col = 2; col < 4; col++)
        {
            layers.Sum(r => Number(r[col])).ShouldBe(Number(output[col]), tolerance: 1e-12);
        }
    }

    [Fact]
    public void Compare_Json_HasOneRowPerFigureKeyedByScenario()
    {
        var a = File("a.yaml", "batch: 16\n");

        var run = CliRun.Of("compare", a, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().ToList();
        var tpot = rows.Single(r => r.GetProperty("Figure").GetString() == "Time per output token");
        tpot.GetProperty("a").GetProperty("unit").GetString().ShouldBe("s");
        tpot.GetProperty("a").GetProperty("value").GetDouble()
            .ShouldBe(CostEstimator.Estimate(DefaultScenario.With(("batch", "16"))).Value.Latency.TimePerOutputToken.Value, tolerance: 1e-15);
        run.Out.ShouldNotContain("NaN", Case.Sensitive);
        run.Out.ShouldNotContain("Infinity", Case.Sensitive);
    }

    [Fact]
    public void Compare_EachScenario_SaysHowFarToTrustIt()
    {
        var dense = File("dense.yaml", "batch: 16\n");
        var moe = File("moe.yaml", "model: mixtral-8x7b\nbatch: 16\n");
        var projected = File("projected.yaml", "gpu: vera-rubin-vr200\nbatch: 16\n");

        var run = CliRun.Of("compare", dense, moe, projected, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var row = doc.RootElement.GetProperty("tables")[0].GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("Figure").GetString() == "Confidence");
        var bands = InferCost.Fidelity.ShippedCalibration.LoadBuiltIn().Value!.Confidence!;
        string Line(string basis, InferCost.Catalog.ConfidenceBand b) => string.Create(
            CultureInfo.InvariantCulture, $"{basis}: throughput error {b.P10:+0%;-0%} to {b.P90:+0%;-0%} (P10-P90, cross-validated on {b.Cases} cases)");

        // The same line estimate prints: a dense model's calibrated band, an MoE model's own (transferred: its MoE kernel
        // is a prior in the shipped profile), a projected part's priors.
        row.GetProperty("dense").GetString().ShouldBe(Line("calibrated", bands.Calibrated!));
        row.GetProperty("moe").GetString().ShouldBe(Line("transferred", bands.MixtureOfExperts!.Transferred!));
        row.GetProperty("projected").GetString().ShouldBe(Line("priors (projected hardware)", bands.Priors!));
    }

    [Fact]
    public void Compare_Flags_ApplyOnTopOfEveryFile()
    {
        var a = File("a.yaml", "batch: 8\npowerPrice: 0.05\n");
        var b = File("b.yaml", "batch: 64\n");

        var run = CliRun.Of("compare", a, b, "--batch", "4", "--format", "csv");

        run.ExitCode.ShouldBe(0, run.Error);
        Csv.Parse(run.Out).Single(r => r[0] == "Batch").Skip(2).ShouldBe(["4", "4"]);
    }

    [Fact]
    public void Compare_ScenarioThatDoesNotFit_IsReportedInItsColumnNotDropped()
    {
        var fits = File("fits.yaml", "batch: 8\n");
        var tooBig = File("too-big.yaml", "gpu: h100-sxm\nweights: fp16\nbatch: 1\n");

        var run = CliRun.Of("compare", fits, tooBig);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("too-big");
        run.Out.ShouldContain("does not run");
        run.Out.ShouldContain("too-big does not run: not even one request fits");
        run.ShouldHaveNoStackTrace();
        var csv = Csv.Parse(CliRun.Of("compare", fits, tooBig, "--format", "csv").Out);
        csv.Single(r => r[0] == "Status").Skip(2).ShouldBe(["runs", "does not run"]);
        csv.Single(r => r[0] == "$/1M output tokens")[3].ShouldBeEmpty();
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".svg")]
    public void Compare_Plot_WritesANonEmptyChart(string extension)
    {
        using var file = new TempFile(extension);

        var run = CliRun.Of("compare", File("a.yaml", "batch: 8\n"), File("b.yaml", "batch: 64\n"), "--plot", file.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        new FileInfo(file.Path).Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public void Compare_Chart_StacksEachScenariosLayersUpToItsOutputCost()
    {
        var compared = ComparisonAnalysis.Compare(
        [
            new("b8", DefaultScenario.With(("batch", "8"))),
            new("too-big", DefaultScenario.With(("gpu", "h100-sxm"), ("weights", "fp16"), ("batch", "1"))),
            new("b64", DefaultScenario.With(("batch", "64"))),
        ]).Value;

        var plot = CompareChart.Build(compared);

        var bars = plot.GetPlottables<BarPlot>().Single().Bars;
        bars.Select(b => b.Position).Distinct().ShouldBe([0.0, 2.0]);
        foreach (var position in new[] { 0, 2 })
        {
            var stack = bars.Where(b => b.Position == position).ToList();
            var cost = compared[position].Estimate!.Cost;
            stack.Count.ShouldBe(cost.Breakdown.Length);
            stack[0].ValueBase.ShouldBe(0);
            for (var i = 1; i < stack.Count; i++)
            {
                stack[i].ValueBase.ShouldBe(stack[i - 1].Value);
            }

            stack.Sum(b => b.Value - b.ValueBase).ShouldBe(cost.PerMillionOutputTokens.Value, tolerance: 1e-12);
            stack[^1].Value.ShouldBe(cost.PerMillionOutputTokens.Value, tolerance: 1e-12);
        }

        plot.Legend.ManualItems.Select(l => l.LabelText).ShouldBe(compared[0].Estimate!.Cost.Breakdown.Select(l => l.Name));
        plot.GetPlottables<Text>().ShouldContain(t => t.LabelText == "does not run" && t.Location.X == 1);
    }

    [Fact]
    public void Compare_MissingFile_NamesItAndExitsTwo()
    {
        var run = CliRun.Of("compare", File("a.yaml", "batch: 8\n"), "/no/such/b.yaml");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("compare: file '/no/such/b.yaml' does not exist");
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Compare_BadFieldsInSeveralFiles_ReportsEachWithItsFileAndField()
    {
        var a = File("a.yaml", "batchsize: 8\n");
        var b = File("b.yaml", "utilisation: 1.5\n");

        var run = CliRun.Of("compare", a, b);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("a.yaml: batchsize: is not a scenario field (line 1)");
        run.Error.ShouldContain("b.yaml: utilisation");
        run.Error.ShouldContain("must be from 0.01 to 1");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Compare_BadFlag_IsReportedForEachFileItBreaks()
    {
        var run = CliRun.Of("compare", File("a.yaml", "batch: 8\n"), "--weights", "int3");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("a.yaml: --weights: 'int3' is not a precision");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Compare_MalformedYaml_IsAClearError()
    {
        var run = CliRun.Of("compare", File("a.yaml", "model: [llama\n  gpu: h100\n"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("a.yaml: is not valid YAML (line");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Compare_BadPlotExtension_FailsBeforeWork()
    {
        var run = CliRun.Of("compare", File("a.yaml", "batch: 8\n"), "--plot", "chart.jpg");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--plot: 'chart.jpg' must end in .png or .svg.");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Compare_NoFiles_IsRejectedByTheParser()
    {
        var run = CliRun.Of("compare");

        run.ExitCode.ShouldNotBe(0);
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void ColumnNames_SameFileNameTwice_AreMadeDistinct() =>
        CompareCommand.ColumnNames(["x/a.yaml", "y/a.yaml", "b.yml"]).ShouldBe(["a", "a (2)", "b"]);
}
