using InferCost.Cli.Scenarios;
using InferCost.Cli.Sweep;
using InferCost.Estimation;
using ScottPlot.Plottables;

namespace InferCost.Cli.Tests;

public class SweepChartTests
{
    [Fact]
    public void Build_BatchByGpu_OneLinePerGpuWithItsFeasiblePointsOnLogAxes()
    {
        var input = new ScenarioInput();
        input.SetFromFlag(ScenarioField.Batch, new ScenarioValue("1,8,64", "--batch"));
        input.SetFromFlag(ScenarioField.Gpu, new ScenarioValue("h100-sxm,h200-sxm", "--gpu"));
        var plan = SweepPlanner.Plan(input, DefaultScenario.Catalog).Value;
        using var file = new TempFile(".png");
        var chart = SweepChart.Prepare(plan, file.Path).Value;
        SweepRunner.Run(plan, chart);

        var lines = chart.Build().GetPlottables<Scatter>().ToList();
        lines.Select(l => l.LegendText).ShouldBe(["gpu=h100-sxm", "gpu=h200-sxm"]);

        // Batch 64 does not fit on an 80 GB H100 beside 70 GB of FP8 weights: its line has two points, the H200's three.
        var h100 = lines[0].Data.GetScatterPoints();
        var h200 = lines[1].Data.GetScatterPoints();
        h100.Count.ShouldBe(2);
        h200.Count.ShouldBe(3);
        h200.Select(p => p.X).ShouldBe([0, Math.Log10(8), Math.Log10(64)], tolerance: 1e-12);
        var direct = CostEstimator.Estimate(DefaultScenario.With(("batch", "8"))).Value.Cost.PerMillionOutputTokens.Value;
        h200[1].Y.ShouldBe(Math.Log10(direct), tolerance: 1e-12);

        chart.Write();
        new FileInfo(file.Path).Length.ShouldBeGreaterThan(10_000);
    }
}
