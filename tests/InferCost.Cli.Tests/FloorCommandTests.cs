using System.Text.Json;
using InferCost.Economics.Floor;
using InferCost.Explain;
using InferCost.Reporting.Economics;
using InferCost.Units;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class FloorCommandTests
{
    private static readonly FloorAssumptions BestCase = FloorDefaultsChoice.Load(null).Value.Assumptions;

    [Fact]
    public void Floor_Json_HasTheLayersCumulativeAndTheEstimateAsAMultiple()
    {
        var run = CliRun.Of("floor", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        root.GetProperty("sections").GetProperty("Floor assumptions (best case)").GetProperty("Power price").GetProperty("value").GetDouble().ShouldBe(0.04);
        var step = root.GetProperty("sections").EnumerateObject().Single(p => p.Name.StartsWith("One decode step", StringComparison.Ordinal)).Value;
        step.GetProperty("Memory energy per step").GetProperty("unit").GetString().ShouldBe("J");

        var layers = root.GetProperty("tables")[0];
        layers.GetProperty("title").GetString()!.ShouldStartWith("Physical floor per output token");
        var rows = layers.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("Layer").GetString()).ShouldBe(["Memory energy", "Compute energy", "Interconnect energy", "Facility overhead (PUE)", "Capital"]);
        var sum = 0.0;
        foreach (var r in rows)
        {
            sum += r.GetProperty("$/1M output").GetProperty("value").GetDouble();
            r.GetProperty("Cumulative $/1M output").GetProperty("value").GetDouble().ShouldBe(sum, tolerance: 1e-12);
            r.GetProperty("Cumulative $/1M output").GetProperty("unit").GetString().ShouldBe("USD/1M tokens");
        }

        var prices = root.GetProperty("tables")[1].GetProperty("rows").EnumerateArray().ToList();
        var today = prices.Single(p => p.GetProperty("Price").GetString() == "Today's estimate");
        var floor = prices.Single(p => p.GetProperty("Price").GetString() == "Floor: energy + capital").GetProperty("$/1M output").GetProperty("value").GetDouble();
        floor.ShouldBe(sum, tolerance: 1e-12);
        today.GetProperty("x floor").GetProperty("value").GetDouble()
            .ShouldBe(today.GetProperty("$/1M output").GetProperty("value").GetDouble() / floor, tolerance: 1e-9);
    }

    [Fact]
    public void Floor_ScenarioFlags_MoveTheFloor_FloorFlagsMoveOnlyTheFloor()
    {
        static double Total(params string[] args)
        {
            var run = CliRun.Of(["floor", "--format", "json", .. args]);
            run.ExitCode.ShouldBe(0, run.Error);
            using var doc = JsonDocument.Parse(run.Out);
            return doc.RootElement.GetProperty("tables")[1].GetProperty("rows")[1].GetProperty("$/1M output").GetProperty("value").GetDouble();
        }

        var base_ = Total();
        Total("--batch", "8").ShouldBeGreaterThan(base_);
        Total("--floor-utilisation", "0.5").ShouldBeGreaterThan(base_);
        Total("--floor-power-price", "0.10").ShouldBeGreaterThan(base_);

        // The scenario's power price prices today's estimate, not the floor.
        Total("--power-price", "0.20").ShouldBe(base_);
    }

    [Theory]
    [InlineData("--floor-utilisation", "0", "--floor-utilisation")]
    [InlineData("--floor-utilisation", "1.2", "--floor-utilisation")]
    [InlineData("--floor-power-price", "-0.04", "--floor-power-price")]
    [InlineData("--floor-pue", "0.8", "--floor-pue")]
    [InlineData("--floor-life-years", "0", "--floor-life-years")]
    [InlineData("--batch", "0", "--batch")]
    public void Floor_BadInput_ExitsTwoNamingTheFlag(string flag, string value, string named)
    {
        var run = CliRun.Of("floor", flag, value);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(named);
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Floor_Explain_ShowsEachStep()
    {
        var run = CliRun.Of("floor", "--explain", "--format", "markdown");
        run.ExitCode.ShouldBe(0, run.Error);
        foreach (var step in new[]
        {
            "Memory energy per decode step", "Memory energy cost per 1M decode steps", "Memory energy per output token", "Compute energy per output token",
            "Interconnect energy per output token", "Facility overhead energy per output token", "Capital: $/1M output tokens", "Today's estimate over the floor",
        })
        {
            run.Out.ShouldContain("**" + step + "**");
        }

        var json = CliRun.Of("floor", "--explain", "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        doc.RootElement.GetProperty("tables").EnumerateArray().ShouldContain(t => t.GetProperty("title").GetString() == "Derivation");
    }

    [Fact]
    public void Floor_Plot_HasOneBarPerCumulativeLayerThenTheEstimate()
    {
        using var file = new TempFile(".png");
        var run = CliRun.Of("floor", "--plot", file.Path);
        run.ExitCode.ShouldBe(0, run.Error);
        new FileInfo(file.Path).Length.ShouldBeGreaterThan(10_000);

        var comparison = FloorAnalysis.Compare(DefaultScenario.With(), BestCase,
            [new FloorMarketPrice("Some API", new DollarsPerMillionTokens(0.9), "2026-04")], Derivation.Off()).Value;
        var bars = FloorChart.Build(comparison).GetPlottables<BarPlot>().Single().Bars;
        var layers = comparison.Floor.Layers;
        bars.Count.ShouldBe(layers.Length + 2);
        for (var i = 0; i < layers.Length; i++)
        {
            Math.Pow(10, bars[i].Value).ShouldBe(layers[i].Cumulative.Value, tolerance: 1e-9 * layers[i].Cumulative.Value);
        }

        Math.Pow(10, bars[layers.Length].Value).ShouldBe(comparison.Today.Price.Value, tolerance: 1e-9);
        Math.Pow(10, bars[layers.Length + 1].Value).ShouldBe(0.9, tolerance: 1e-9);
        FloorChart.Series(comparison)[^1].Label.ShouldBe("Some API (2026-04)");
    }

    [Fact]
    public void Floor_ProjectedGeneration_Works()
    {
        var run = CliRun.Of("floor", "--gpu", "vera-rubin-vr200", "--weights", "fp4", "--batch", "1", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("projected-hardware");
    }
}
