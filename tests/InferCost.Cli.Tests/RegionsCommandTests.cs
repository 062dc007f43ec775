using System.Globalization;
using InferCost.Analysis;
using InferCost.Catalog;
using InferCost.Reporting.Analysis;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class RegionsCommandTests
{
    [Fact]
    public void Regions_Csv_OneRowPerRegionCheapestFirst()
    {
        var run = CliRun.Of("regions", "--format", "csv");
        run.ExitCode.ShouldBe(0, run.Error);
        var lines = run.Out.Trim().Split('\n');
        lines[0].ShouldContain("$/1M output (USD/1M tokens)");
        lines.Length.ShouldBe(1 + CatalogLoader.LoadBuiltIn().Value.Regions.Count);
        var totals = lines.Skip(1).Select(l => double.Parse(l.Split(',')[5], CultureInfo.InvariantCulture)).ToList();
        totals.ShouldBe([.. totals.Order()]);
        lines[1].ShouldStartWith("oregon,");
    }

    [Fact]
    public void Regions_Plot_StacksThePowerLayerOnTheRestForEveryRegion()
    {
        using var file = new TempFile(".png");
        var run = CliRun.Of("regions", "--plot", file.Path);
        run.ExitCode.ShouldBe(0, run.Error);
        new FileInfo(file.Path).Length.ShouldBeGreaterThan(10_000);

        var regions = RegionAnalysis.Compare(DefaultScenario.With(), DefaultScenario.Catalog.Regions.Values).Value;
        var bars = RegionsChart.Build(regions).GetPlottables<BarPlot>().Single().Bars;
        bars.Count.ShouldBe(2 * regions.Count);
        for (var i = 0; i < regions.Count; i++)
        {
            bars[(2 * i) + 1].Value.ShouldBe(regions[i].Estimate.Cost.PerMillionOutputTokens.Value, tolerance: 1e-12);
            (bars[(2 * i) + 1].Value - bars[(2 * i) + 1].ValueBase).ShouldBe(regions[i].Estimate.Cost.PowerPerMillionOutputTokens.Value, tolerance: 1e-12);
        }
    }

    [Fact]
    public void Regions_BadPlotExtension_FailsBeforeWork()
    {
        var run = CliRun.Of("regions", "--plot", "chart.jpg");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--plot");
        run.Error.ShouldContain(".png or .svg");
    }
}
