using System.Text.Json.Nodes;
using InferCost.Catalog;
using InferCost.Economics.Projection;
using InferCost.Reporting.Economics;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class ProjectCommandTests
{
    private static GenerationProjection Default(params (string Flag, string Value)[] flags) => ProjectionAnalysis.Run(
        DefaultScenario.With(flags), DefaultScenario.Catalog, GenerationOverrides.None, CostStackOverrides.None, fixedPrice: false).Value;

    [Fact]
    public void Project_DocsWorkedExample_MatchesTheToolsOutput()
    {
        var run = CliRun.Of("project", "--tp", "2", "--format", "markdown");
        run.ExitCode.ShouldBe(0, run.Error);
        var doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "analyses", "project.md"));
        var lines = doc.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        lines.Count.ShouldBeGreaterThan(20);
        foreach (var line in lines)
        {
            run.Out.ShouldContain(line.TrimEnd('\r'), customMessage: "docs/analyses/project.md is out of date; regenerate its tables");
        }
    }

    [Fact]
    public void Project_Json_OneRowPerGenerationWithTheEnginesCosts()
    {
        var run = CliRun.Of("project", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Contains("NaN", StringComparison.Ordinal).ShouldBeFalse();
        run.Out.Contains("Infinity", StringComparison.Ordinal).ShouldBeFalse();
        var tables = JsonNode.Parse(run.Out)!["tables"]!.AsArray();
        tables.Select(t => t!["title"]!.GetValue<string>()).ShouldContain(t => t.StartsWith("Cost and decode compute utilisation", StringComparison.Ordinal));
        var cost = tables.Single(t => t!["title"]!.GetValue<string>().StartsWith("Cost and decode", StringComparison.Ordinal))!["rows"]!.AsArray();
        var p = Default();
        cost.Count.ShouldBe(p.Generations.Count);
        for (var i = 0; i < cost.Count; i++)
        {
            var e = p.Generations[i].Estimate;
            if (e is null)
            {
                cost[i]!["$/1M output"].ShouldBeNull();
                cost[i]!["Served"]!.GetValue<string>().ShouldContain("does not fit");
            }
            else
            {
                cost[i]!["$/1M output"]!["value"]!.GetValue<double>().ShouldBe(e.Cost.PerMillionOutputTokens.Value);
                cost[i]!["Decode utilisation"]!["value"]!.GetValue<double>().ShouldBe(p.Generations[i].Utilisation!.Utilisation);
            }
        }

        var byYear = tables.Single(t => t!["title"]!.GetValue<string>().StartsWith("Essay 000 cost-stack shares by year", StringComparison.Ordinal))!["rows"]!.AsArray();
        byYear[0]!["HBM bandwidth"]!["value"]!.GetValue<double>().ShouldBe(0.38, 1e-12);
    }

    [Fact]
    public void Project_ExtrapolatedGeneration_IsAGpuForEveryCommand()
    {
        var run = CliRun.Of("estimate", "--gpu", "extrapolated-gen-1", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("projected-hardware");
    }

    [Theory]
    [InlineData("--generation-rate", "hbm-bandwidth=0", "generation-rate.hbm-bandwidth")]
    [InlineData("--generation-rate", "compute=-2", "generation-rate.compute")]
    [InlineData("--generation-rate", "price=NaN", "generation-rate.price")]
    [InlineData("--generation-rate", "tdp=50", "generation-rate.tdp")]
    [InlineData("--generation-rate", "flops=2", "not a figure")]
    [InlineData("--generation-rate", "hbm-bandwidth", "is not ID=NUMBER")]
    [InlineData("--generation-rate", "price=cheap", "is not a number")]
    [InlineData("--stack-rate", "capital=0", "stack-rate.capital")]
    [InlineData("--stack-rate", "compute=Infinity", "stack-rate.compute")]
    [InlineData("--stack-share", "compute=0.5", "must sum to 1")]
    [InlineData("--generations", "11", "generations")]
    [InlineData("--stack-years", "0", "stack-years")]
    public void Project_BadInput_ExitsTwoNamingTheField(string flag, string value, string expected)
    {
        var run = CliRun.Of("project", flag, value);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Project_Plots_CarryTheCostsAndTheShares()
    {
        using var cost = new TempFile(".png");
        using var shares = new TempFile(".svg");
        var run = CliRun.Of("project", "--plot", cost.Path, "--plot-shares", shares.Path);
        run.ExitCode.ShouldBe(0, run.Error);
        new FileInfo(cost.Path).Length.ShouldBeGreaterThan(10_000);
        File.ReadAllText(shares.Path).ShouldContain("<svg");

        var p = Default();
        var served = p.Generations.Select((g, i) => (i, g.Estimate)).Where(x => x.Estimate is not null).ToList();
        var scatters = GenerationCostChart.Build(p).GetPlottables<Scatter>().ToList();
        var output = scatters[0].Data.GetScatterPoints();
        output.Select(q => q.X).ShouldBe(served.Select(x => (double)x.i));
        output.Select(q => q.Y).ShouldBe(served.Select(x => Math.Log10(x.Estimate!.Cost.PerMillionOutputTokens.Value)), tolerance: 1e-12);
        scatters[1].Data.GetScatterPoints().Select(q => q.Y)
            .ShouldBe(served.Select(x => Math.Log10(x.Estimate!.Cost.PerMillionInputTokens.Value)), tolerance: 1e-12);

        var bars = ShareChart.Build(p).GetPlottables<BarPlot>().Single().Bars;
        var components = p.Stack.Components.Length;
        bars.Count.ShouldBe(p.ByYear.Length * components);
        for (var y = 0; y < p.ByYear.Length; y++)
        {
            for (var c = 0; c < components; c++)
            {
                var bar = bars[(y * components) + c];
                bar.Position.ShouldBe(p.ByYear[y].Year);
                (bar.Value - bar.ValueBase).ShouldBe(p.ByYear[y].Shares[c] * 100, 1e-9);
            }

            bars[(y * components) + components - 1].Value.ShouldBe(100, 1e-9);
        }
    }

    [Fact]
    public void Project_Capex_PricesEveryGenerationAlike()
    {
        var run = CliRun.Of("project", "--capex", "30000", "--format", "markdown");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Every generation is priced at the scenario's GPU capex");
    }
}
