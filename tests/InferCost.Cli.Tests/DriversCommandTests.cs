using System.Text.Json.Nodes;
using InferCost.Economics.Drivers;
using InferCost.Reporting.Economics;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class DriversCommandTests
{
    private static DriversResult Default()
    {
        var data = DriverCatalogLoader.LoadBuiltIn().Value;
        var e = DemandElasticity.FromObserved(data.Observed.PriceDrop, data.Observed.SpendGrowth).Value;
        return DriversAnalysis.Run(data.Drivers, data.Cycles, data.HeadlineFactor, e, data.PriceDrops).Value;
    }

    [Fact]
    public void Drivers_Json_PerCycleAndOverCyclesAndDemand()
    {
        var run = CliRun.Of("drivers", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonNode.Parse(run.Out)!;
        var supply = json["tables"]!.AsArray()[0]!["rows"]!.AsArray();
        var perCycle = supply.Single(r => r!["Driver"]!.GetValue<string>() == "per cycle")!;
        perCycle["Low"]!["value"]!.GetValue<double>().ShouldBe(24, 1e-9);
        perCycle["Mid"]!["value"]!.GetValue<double>().ShouldBe(75, 1e-9);
        perCycle["High"]!["value"]!.GetValue<double>().ShouldBe(180, 1e-9);
        supply.Single(r => r!["Driver"]!.GetValue<string>() == "over 2 cycles")!["Mid"]!["value"]!.GetValue<double>().ShouldBe(5625, 1e-6);
        json["sections"]!["Demand elasticity"]!["Elasticity e"]!["value"]!.GetValue<double>().ShouldBe(Math.Log(4500) / Math.Log(1000), 1e-12);
        var demand = json["tables"]!.AsArray()[2]!["rows"]!.AsArray();
        demand.Select(r => r!["Price drop D"]!["value"]!.GetValue<double>()).ShouldBe([1, 10, 100, 1000, 10000]);
        demand[3]!["Tokens (x today's)"]!["value"]!.GetValue<double>().ShouldBe(4500, 1e-6);
    }

    [Fact]
    public void Drivers_Overrides_ChangeTheFactor()
    {
        // Hardware fixed at 2 (mid 2): 2 x 2.5 x 4 x 3 = 60 per cycle; one cycle.
        var run = CliRun.Of("drivers", "--hardware", "2", "--cycles", "1", "--elasticity", "1", "--price-drops", "10", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonNode.Parse(run.Out)!;
        json["tables"]!.AsArray()[0]!["rows"]!.AsArray().Single(r => r!["Driver"]!.GetValue<string>() == "per cycle")!["Mid"]!["value"]!.GetValue<double>().ShouldBe(60, 1e-9);
        json["tables"]!.AsArray()[2]!["rows"]!.AsArray().Single()!["Spend (x today's)"]!["value"]!.GetValue<double>().ShouldBe(1, 1e-12);
    }

    [Theory]
    [InlineData("--hardware", "0", "--hardware")]
    [InlineData("--software", "-2..3", "--software")]
    [InlineData("--architecture", "5..3", "--architecture")]
    [InlineData("--quantization", "NaN", "--quantization")]
    [InlineData("--quantization", "two", "--quantization")]
    [InlineData("--cycles", "0", "--cycles")]
    [InlineData("--cycles", "11", "--cycles")]
    [InlineData("--elasticity", "-1", "--elasticity")]
    [InlineData("--observed-price-drop", "1", "--observed-price-drop")]
    [InlineData("--observed-spend-growth", "0", "--observed-spend-growth")]
    [InlineData("--price-drops", "10,0", "--price-drops")]
    [InlineData("--price-drops", "10,x", "--price-drops")]
    public void Drivers_BadValue_Exit2NamesTheFlagNoStackTrace(string flag, string value, string named)
    {
        var run = CliRun.Of("drivers", flag, value);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(named + ":");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Drivers_ElasticityAndObservedPair_AreExclusive()
    {
        var run = CliRun.Of("drivers", "--elasticity", "1.1", "--observed-spend-growth", "3");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("not both");
    }

    [Fact]
    public void Drivers_Plot_WritesBothChartsWithTheirSeries()
    {
        using var file = new TempFile(".png");
        var demandPath = Path.Combine(Path.GetDirectoryName(file.Path)!, Path.GetFileNameWithoutExtension(file.Path) + "-demand.png");
        try
        {
            var run = CliRun.Of("drivers", "--plot", file.Path);
            run.ExitCode.ShouldBe(0, run.Error);
            new FileInfo(file.Path).Length.ShouldBeGreaterThan(10_000);
            new FileInfo(demandPath).Length.ShouldBeGreaterThan(10_000);
        }
        finally
        {
            File.Delete(demandPath);
        }
    }

    [Fact]
    public void SupplyChart_PlotsLog10OfLowMidHighOverCyclesAndTheHeadline()
    {
        var result = Default();
        var plot = DriversSupplyChart.Build(result.Supply);
        var lines = plot.GetPlottables<Scatter>().ToList();
        lines.Count.ShouldBe(3);
        var mid = lines[1].Data.GetScatterPoints();
        mid[0].Y.ShouldBe(0, 1e-12);
        mid[^1].X.ShouldBe(2);
        mid[^1].Y.ShouldBe(Math.Log10(5625), 1e-9);
        lines[0].Data.GetScatterPoints()[^1].Y.ShouldBe(Math.Log10(576), 1e-9);
        lines[2].Data.GetScatterPoints()[^1].Y.ShouldBe(Math.Log10(32_400), 1e-9);
        plot.GetPlottables<HorizontalLine>().Single().Y.ShouldBe(3, 1e-12);
        plot.GetPlottables<FillY>().ShouldHaveSingleItem();
    }

    [Fact]
    public void DemandChart_PlotsLog10TokensSpendAndPriceAgainstLog10Drop()
    {
        var result = Default();
        var plot = DriversDemandChart.Build(result);
        var scatters = plot.GetPlottables<Scatter>().ToList();
        scatters.Count.ShouldBe(6);

        // Lines and the table's points alternate: tokens, spend, price.
        var tokenPoints = scatters[1].Data.GetScatterPoints();
        tokenPoints.Select(p => p.X).ShouldBe([0, 1, 2, 3, 4], tolerance: 1e-12);
        tokenPoints[3].Y.ShouldBe(Math.Log10(4500), 1e-9);
        scatters[3].Data.GetScatterPoints()[3].Y.ShouldBe(Math.Log10(4.5), 1e-9);
        scatters[5].Data.GetScatterPoints()[3].Y.ShouldBe(-3, 1e-12);
        scatters[0].Data.GetScatterPoints()[^1].X.ShouldBe(4, 1e-9);
    }
}
