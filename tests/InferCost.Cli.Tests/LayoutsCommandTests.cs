using System.Globalization;
using InferCost.Analysis;
using InferCost.Reporting.Analysis;
using InferCost.Reporting.Scenarios;
using InferCost.Scenarios.Fields;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class LayoutsCommandTests
{
    [Fact]
    public void Layouts_Csv_EveryLayoutOfTheDefaultDeployments_EachCheapestFirst()
    {
        var run = CliRun.Of("layouts", "--model", "deepseek-v3", "--format", "csv");
        run.ExitCode.ShouldBe(0, run.Error);
        var lines = run.Out.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0].ShouldStartWith("Deployment,TP (count),PP (count),EP (count),Attention DP (count),Batch (count)");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        rows.Select(r => r[0]).Distinct().ShouldBe(["8 x h200-sxm", "16 x h200-sxm", "72 x gb200"]);

        // 19 + 29 layouts of the H200 servers fit; the NVL72's 10 expert-parallel ones are refused (256 experts), 10 fit.
        rows.Count.ShouldBe(19 + 29 + 10);
        foreach (var group in rows.GroupBy(r => r[0]))
        {
            var costs = group.Select(r => double.Parse(r[9], CultureInfo.InvariantCulture)).ToList();
            costs.ShouldBe([.. costs.Order()]);
            group.First()[^1].ShouldBe("cheapest");
            foreach (var r in group)
            {
                var gpus = int.Parse(r[0].Split(' ')[0], CultureInfo.InvariantCulture);
                (int.Parse(r[1], CultureInfo.InvariantCulture) * int.Parse(r[2], CultureInfo.InvariantCulture) * int.Parse(r[4], CultureInfo.InvariantCulture)).ShouldBe(gpus);
            }
        }
    }

    [Fact]
    public void Layouts_Chart_HasOneMarkerPerFittingLayoutAtItsTableFigures()
    {
        var input = new ScenarioInput();
        input.SetFromFlag(ScenarioFields.Model, new ScenarioValue("deepseek-v3", "--model"));
        var comparison = LayoutAnalysis.Compare(LayoutScenarioResolver.Resolve(input, "h200-sxm:8,gb200:72", DefaultScenario.Catalog).Value).Value;
        var plot = LayoutChart.Build(comparison);
        var points = plot.GetPlottables<Scatter>().SelectMany(s => s.Data.GetScatterPoints().Select(p => (s.Color, p.X, p.Y))).ToList();
        var fitting = comparison.Deployments.SelectMany(d => d.Fitting).ToList();
        points.Count.ShouldBe(fitting.Count);

        // Both axes span more than a decade here? Whatever the chart chose, each point must be a table row's figures.
        foreach (var (deployment, i) in comparison.Deployments.Select((d, i) => (d, i)))
        {
            var color = new ScottPlot.Palettes.Category10().GetColor(i);
            var mine = points.Where(p => p.Color == color).ToList();
            mine.Count.ShouldBe(deployment.Fitting.Count());
            foreach (var row in deployment.Fitting)
            {
                var x = row.Estimate!.Throughput.DecodeOutputTokensPerSecondPerGpu.Value;
                var y = row.Estimate.Cost.PerMillionOutputTokens.Value;
                mine.ShouldContain(p => Same(p.X, x) && Same(p.Y, y));
            }
        }
    }

    [Theory]
    [InlineData("--deployments", "h200:8", "unknown accelerator 'h200'")]
    [InlineData("--deployments", "h200-sxm:0", "the GPUs per replica must be a whole number from 1")]
    [InlineData("--deployments", "h200-sxm", "is not a deployment; write accelerator:GPUs per replica")]
    [InlineData("--deployments", "h200-sxm:8,h200-sxm:8", "listed twice")]
    [InlineData("--deployments", "h100-sxm:1,h100-sxm:2", "nothing fits on 2 x h100-sxm")]
    [InlineData("--tp", "8", "layouts enumerates --gpus, --tp, --pp, --ep, --attention-dp, --dp itself")]
    [InlineData("--expert-skew", "0.5", "must be from 1 to 8")]
    public void Layouts_BadInput_NamesTheFlagAndWhy_Exit2(string flag, string value, string expected)
    {
        var run = CliRun.Of("layouts", "--model", "deepseek-v3", flag, value);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(flag + ":");
        run.Error.ShouldContain(expected);
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void LayoutsDoc_WorkedExample_MatchesTheToolsOutput()
    {
        var documented = EconomicsDocsExamples.Block("layouts.md");
        var run = CliRun.Of("layouts", "--model", "deepseek-v3", "--format", "markdown");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Trim().ReplaceLineEndings("\n").ShouldBe(
            documented,
            "docs/analyses/layouts.md's worked example is stale: replace the block between the markers with the output of `infercost layouts --model deepseek-v3 --format markdown`.");
    }

    private static bool Same(double plotted, double value) =>
        Math.Abs(plotted - value) <= 1e-9 * Math.Abs(value) || Math.Abs(plotted - Math.Log10(value)) <= 1e-12;
}
