using System.Globalization;
using System.Text.Json.Nodes;
using InferCost.Analysis;
using InferCost.Reporting.Analysis;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class UncertaintyCommandTests
{
    private static Dictionary<string, (double Output, double Input)> Percentiles(CliRun run)
    {
        run.ExitCode.ShouldBe(0, run.Error);
        var lines = run.Out.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0].ShouldBe("Statistic,$/1M output (USD/1M tokens),$/1M input (USD/1M tokens)");
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(
            c => c[0],
            c => (double.Parse(c[1], CultureInfo.InvariantCulture), double.Parse(c[2], CultureInfo.InvariantCulture)));
    }

    private static JsonNode Json(CliRun run)
    {
        run.ExitCode.ShouldBe(0, run.Error);
        return JsonNode.Parse(run.Out)!;
    }

    // What the command computes for these flags, straight from the engine (seed 1).
    private static UncertaintyResult Engine(string[] args)
    {
        var input = new Reporting.Scenarios.ScenarioInput();
        for (var i = 0; i < args.Length; i += 2)
        {
            var flag = args[i][2..];
            if (flag is not ("samples" or "seed"))
            {
                input.SetFromFlag(InferCost.Scenarios.Fields.ScenarioFields.Find(flag)!, new Reporting.Scenarios.ScenarioValue(args[i + 1], args[i]));
            }
        }

        var u = UncertainScenarioResolver.Resolve(input, DefaultScenario.Catalog).Value;
        var samples = Array.IndexOf(args, "--samples") is var k and >= 0 ? int.Parse(args[k + 1], CultureInfo.InvariantCulture) : 10_000;
        return UncertaintyAnalysis.Run(u.Scenario, u.Inputs, samples, 1).Value;
    }

    [Fact]
    public void Uncertainty_DegenerateRanges_EveryPercentileIsTheEstimate()
    {
        var p = Percentiles(CliRun.Of("uncertainty", "--pue", "1.12..1.12", "--utilisation", "0.65..0.65", "--samples", "200", "--format", "csv"));

        var estimate = JsonNode.Parse(CliRun.Of("estimate", "--format", "json").Out)!["cost"]!;
        var output = estimate["usdPerMillionOutputTokens"]!.GetValue<double>();
        var input = estimate["usdPerMillionInputTokens"]!.GetValue<double>();
        foreach (var name in new[] { "P10", "P50", "P90", "Mean" })
        {
            p[name].Output.ShouldBe(output);
            p[name].Input.ShouldBe(input);
        }
    }

    [Fact]
    public void Uncertainty_SameSeed_SameReport_OtherSeed_OtherSamples()
    {
        string[] args = ["uncertainty", "--pue", "1.07..1.15", "--power-price", "0.04..0.12", "--capex", "30000..35000", "--samples", "1000"];

        var a = CliRun.Of([.. args, "--seed", "5"]);
        var b = CliRun.Of([.. args, "--seed", "5"]);
        var c = CliRun.Of([.. args, "--seed", "6"]);

        a.ExitCode.ShouldBe(0, a.Error);
        b.Out.ShouldBe(a.Out);
        c.Out.ShouldNotBe(a.Out);
        a.Out.ShouldContain("Seed");
        Percentiles(CliRun.Of([.. args, "--seed", "6", "--format", "csv"]))["P50"].ShouldNotBe(Percentiles(CliRun.Of([.. args, "--seed", "5", "--format", "csv"]))["P50"]);
    }

    [Fact]
    public void Uncertainty_DefaultSeedAndSamples_ArePrinted()
    {
        var sampling = Json(CliRun.Of("uncertainty", "--pue", "1.07..1.15", "--format", "json"))["sections"]!["Sampling"]!;

        sampling["Seed"]!["value"]!.GetValue<double>().ShouldBe(1);
        sampling["Samples"]!["value"]!.GetValue<double>().ShouldBe(10_000);
        sampling["Served samples"]!["value"]!.GetValue<double>().ShouldBe(10_000);
    }

    [Fact]
    public void Uncertainty_OnlyUtilisationVaried_DrivesTheSpreadWithRhoMinusOne()
    {
        var drivers = Json(CliRun.Of("uncertainty", "--utilisation", "0.55..0.75", "--samples", "2000", "--format", "json"))["tables"]![1]!["rows"]!.AsArray();

        drivers.Count.ShouldBe(1);
        drivers[0]!["Input"]!.GetValue<string>().ShouldBe("--utilisation");
        drivers[0]!["Spearman rho"]!["value"]!.GetValue<double>().ShouldBe(-1, tolerance: 1e-9);
    }

    [Fact]
    public void Uncertainty_SeveralInputs_PercentilesOrderedAndDriversSortedByStrength()
    {
        var args = new[] { "uncertainty", "--capex", "30000..35000", "--pue", "1.07..1.15", "--utilisation", "0.55..0.75", "--power-price", "0.04..0.12", "--samples", "3000" };
        var p = Percentiles(CliRun.Of([.. args, "--format", "csv"]));
        p["P10"].Output.ShouldBeLessThanOrEqualTo(p["P50"].Output);
        p["P50"].Output.ShouldBeLessThanOrEqualTo(p["P90"].Output);
        p["P10"].Input.ShouldBeLessThanOrEqualTo(p["P90"].Input);

        var rhos = Json(CliRun.Of([.. args, "--format", "json"]))["tables"]![1]!["rows"]!.AsArray()
            .Select(r => Math.Abs(r!["Spearman rho"]!["value"]!.GetValue<double>())).ToList();
        rhos.Count.ShouldBe(4);
        rhos.ShouldBe([.. rhos.OrderDescending()]);
    }

    [Fact]
    public void Uncertainty_TriangularAndTokenRanges_AreSampled()
    {
        var run = CliRun.Of("uncertainty", "--capex", "30000..31000..40000", "--output", "256..1k", "--samples", "500", "--format", "json");
        var rows = Json(run)["tables"]![1]!["rows"]!.AsArray();

        var capex = rows.Single(r => r!["Input"]!.GetValue<string>() == "--capex")!;
        capex["Distribution"]!.GetValue<string>().ShouldBe("triangular");
        capex["Mode"]!["value"]!.GetValue<double>().ShouldBe(31000);
        var output = rows.Single(r => r!["Input"]!.GetValue<string>() == "--output")!;
        output["High"]!["value"]!.GetValue<double>().ShouldBe(1024);
    }

    [Fact]
    public void Uncertainty_RangesInAScenarioFile_AreSampledLikeFlags()
    {
        using var file = new TempFile(".yaml", "pue: 1.07..1.15\npowerPrice: 0.04..0.12\n");
        var fromFile = CliRun.Of("uncertainty", "--scenario", file.Path, "--samples", "500", "--format", "csv");
        var fromFlags = CliRun.Of("uncertainty", "--pue", "1.07..1.15", "--power-price", "0.04..0.12", "--samples", "500", "--format", "csv");

        fromFile.ExitCode.ShouldBe(0, fromFile.Error);
        fromFile.Out.ShouldBe(fromFlags.Out);
    }

    [Fact]
    public void Uncertainty_BatchRangePartlyTooLarge_ReportsTheSamplesNotServed()
    {
        var sampling = Json(CliRun.Of("uncertainty", "--batch", "32..200", "--samples", "1000", "--format", "json"))["sections"]!["Sampling"]!;

        var served = sampling["Served samples"]!["value"]!.GetValue<double>();
        served.ShouldBeLessThan(1000);
        served.ShouldBeGreaterThan(0);
        sampling["Not served"]!.GetValue<string>().ShouldContain($"{1000 - served:#,##0} with a batch that does not fit in memory");
    }

    [Fact]
    public void Uncertainty_Markdown_HasBothTables()
    {
        var run = CliRun.Of("uncertainty", "--pue", "1.07..1.15", "--samples", "100", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("| P50 |");
        run.Out.ShouldContain("| --pue |");
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".svg")]
    public void Uncertainty_Plot_BarsHoldEveryServedSampleAndLinesMarkThePercentiles(string extension)
    {
        string[] args = ["uncertainty", "--batch", "32..200", "--utilisation", "0.55..0.75", "--samples", "2000"];
        using var file = new TempFile(extension);
        var run = CliRun.Of([.. args, "--plot", file.Path]);
        run.ExitCode.ShouldBe(0, run.Error);
        new FileInfo(file.Path).Length.ShouldBeGreaterThan(10_000);

        var result = Engine(args[1..]);
        result.Feasible.ShouldBeLessThan(2000);
        var plot = UncertaintyChart.Build(result);
        plot.GetPlottables<BarPlot>().Single().Bars.Sum(b => b.Value).ShouldBe(result.Feasible);
        plot.GetPlottables<VerticalLine>().Select(l => l.X).ShouldBe([result.Output.P10.Value, result.Output.P50.Value, result.Output.P90.Value]);
    }

    [Theory]
    [InlineData("--pue", "0.9..1.2", "--pue: must be from 1 to 3 (facility power / IT power), found 0.9.")]
    [InlineData("--pue", "1.1..3.5", "--pue: must be from 1 to 3 (facility power / IT power), found 3.5.")]
    [InlineData("--pue", "1.2..1.1", "--pue: the low end 1.2 is above the high end 1.1")]
    [InlineData("--pue", "1.1..abc", "--pue: 'abc' is not a number")]
    [InlineData("--pue", "1.1..1.3..1.2", "--pue: the mode 1.3 must lie between the low end 1.1 and the high end 1.2")]
    [InlineData("--pue", "1..2..3..4", "--pue: '1..2..3..4' is not a range; use low..high (uniform) or low..mode..high (triangular)")]
    [InlineData("--pue", "1.1..", "--pue: '1.1..' is not a range")]
    [InlineData("--utilisation", "0.5..1.5", "--utilisation: must be from 0.01 to 1 (a fraction of hours producing tokens; below 1% every cost is divided by almost nothing), found 1.5.")]
    [InlineData("--model", "a..b", "--model: 'a..b' is a distribution, but model is not a numeric input that can be sampled")]
    [InlineData("--weights", "fp8..fp4", "--weights: 'fp8..fp4' is a distribution, but weights is not a numeric input")]
    [InlineData("--tp", "1..2", "--tp: '1..2' is a distribution, but tp is not a numeric input")]
    [InlineData("--batch", "max..64", "--batch: a distribution needs numbers at both ends, not 'max'")]
    [InlineData("--batch", "200..300", "none of the 10,000 samples can be served (batch does not fit in memory: 10,000)")]
    [InlineData("--input", "100k..140k", "--input: input + output = 143,872 tokens exceeds the model's maximum context")]
    [InlineData("--samples", "0", "--samples: '0' is not allowed; the number of samples must be a whole number from 1")]
    [InlineData("--seed", "x", "--seed: 'x' is not allowed")]
    [InlineData("--pue", "1.1", "no input is given as a distribution")]
    public void Uncertainty_BadInput_ExitTwoWithASpecificMessage(string flag, string value, string expected)
    {
        string[] args = flag is "--samples" or "--seed" ? ["uncertainty", "--pue", "1.07..1.15", flag, value] : ["uncertainty", flag, value];
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Uncertainty_BadRangeInAScenarioFile_NamesTheFileAndKey()
    {
        using var file = new TempFile(".yaml", "pue: 0.9..1.1\n");
        var run = CliRun.Of("uncertainty", "--scenario", file.Path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{Path.GetFileName(file.Path)}: pue: must be from 1 to 3");
        run.ShouldHaveNoStackTrace();
    }
}
