using InferCost.Reporting.Scenarios;
using InferCost.Reporting.Sweep;
using InferCost.Scenarios.Fields;
using InferCost.Estimation;
using InferCost.Reporting.Charts;
using ScottPlot.Plottables;

namespace InferCost.Reporting.Tests;

public class SweepChartTests
{
    [Fact]
    public void Build_BatchByGpu_OneLinePerGpuWithItsFeasiblePointsOnLogAxes()
    {
        var input = new ScenarioInput();
        input.SetFromFlag(ScenarioFields.Batch, new ScenarioValue("1,8,64", "--batch"));
        input.SetFromFlag(ScenarioFields.Gpu, new ScenarioValue("h100-sxm,h200-sxm", "--gpu"));
        var plan = SweepPlanner.Plan(input, TestCatalog.Calibrated).Value;
        var chart = SweepChart.Prepare(plan).Value;
        SweepRunner.Run(plan, chart);

        var lines = chart.Build().GetPlottables<Scatter>().ToList();
        lines.Select(l => l.LegendText).ShouldBe(["gpu=h100-sxm", "gpu=h200-sxm"]);

        // Batch 64 does not fit on an "80 GB" H100 (85.5 GB as the driver reports it) beside 72.7 GB of FP8 weights (the
        // embedding and LM head at BF16), TensorRT-LLM's 2 GiB reserve and the 1.5 GB workspace: the KV pool holds about
        // 8.6 GB, 11 requests of 0.755 GB. Its line has two points (batches 1 and 8), the H200's three.
        var h100 = lines[0].Data.GetScatterPoints();
        var h200 = lines[1].Data.GetScatterPoints();
        h100.Count.ShouldBe(2);
        h100.Select(p => p.X).ShouldBe([0, Math.Log10(8)], tolerance: 1e-12);
        h200.Count.ShouldBe(3);
        h200.Select(p => p.X).ShouldBe([0, Math.Log10(8), Math.Log10(64)], tolerance: 1e-12);
        var direct = CostEstimator.Estimate(TestCatalog.With(("batch", "8"))).Value.Cost.PerMillionOutputTokens.Value;
        h200[1].Y.ShouldBe(Math.Log10(direct), tolerance: 1e-12);

        var png = chart.Render(ChartFormat.Png);
        png.Length.ShouldBeGreaterThan(10_000);
        png[..4].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
        System.Text.Encoding.UTF8.GetString(chart.Render(ChartFormat.Svg)).ShouldContain("<svg");
    }
}
