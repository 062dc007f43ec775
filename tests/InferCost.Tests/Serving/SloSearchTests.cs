using InferCost.Serving;
using InferCost.Serving.Workloads;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Serving;

public class SloSearchTests
{
    private static readonly ServiceLevel Objective = new([
        new LatencyTarget(LatencyMetric.Ttft, 90, new Seconds(1)),
        new LatencyTarget(LatencyMetric.Tpot, 99, Seconds.FromMilliseconds(60)),
    ]);

    private static SimulationPlan Plan() => new(
        new SchedulerSettings(BatchingMode.Continuous, 1024, 8192, SchedulingPolicy.DecodeFirst, KvCacheLayout.Paged, 16, PreemptionMode.Recompute),
        LoadKind.Rate, [1], LengthDistribution.Fixed(1000, 200).Value, 1, 600, double.PositiveInfinity, null, null, 7);

    [Fact]
    public void Search_BracketsTheKnee_MetBelowMissedJustAbove()
    {
        var s = TestScenarios.Of(tp: 4);

        var r = SloSearch.Run(s, Plan(), Objective).Value;

        var best = r.Best.ShouldNotBeNull();
        var miss = r.Miss.ShouldNotBeNull();
        Objective.FirstMissed(best.Replica).ShouldBeNull();
        Objective.FirstMissed(miss.Replica).ShouldNotBeNull();
        (miss.Load / best.Load).ShouldBeLessThanOrEqualTo(1 + SloSearch.Tolerance);
        r.Runs.ShouldBeLessThan(40);
    }

    [Fact]
    public void Cost_TokensTimesPrices_IsTheReplicasCostOverTheRun()
    {
        // What the two prices charge for a run's tokens is what its GPUs cost for the run's duration: each pass's time is
        // owed once, to its decode tokens or its prompt chunks.
        var s = TestScenarios.Of(tp: 4);
        var r = SloSearch.Run(s, Plan(), Objective).Value;
        var run = r.Best!.Replica;
        var cost = r.Cost!;

        var charged = (cost.PerMillionOutput.Value * run.OutputTokens / 1e6) + (cost.PerMillionInput.Value * run.InputTokens / 1e6);
        var gpus = cost.PerGpuHour.Value * 4 * run.Duration.Value / 3600;
        charged.ShouldBe(gpus, tolerance: 1e-9 * gpus);
        cost.DecodeShare.ShouldBeInRange(0.01, 0.99);
        cost.MeanPower.Value.ShouldBeInRange(s.Accelerator.Power.Idle.Value, s.Accelerator.Power.Tdp.Value);
    }

    [Fact]
    public void Tax_IsTheObjectivesPriceOverTheSaturatedRunsMinusOne()
    {
        var s = TestScenarios.Of(tp: 4);
        var r = SloSearch.Run(s, Plan(), Objective).Value;

        r.Tax!.Value.ShouldBe((r.Cost!.PerMillionOutput.Value / r.Optimal.PerMillionOutput.Value) - 1, tolerance: 1e-12);
        r.Saturated.OutputRate.ShouldBeGreaterThan(r.Best!.OutputRate);
        // Past the knee: the server falls behind what is offered.
        r.Saturated.RequestRate.ShouldBeLessThan(0.8 * r.Saturated.Load);
    }

    [Fact]
    public void AnObjectiveNoRateMeets_SaysSo()
    {
        // 1 ms TTFT: no prefill of 1,000 tokens on a 70B model is that fast.
        var impossible = new ServiceLevel([new LatencyTarget(LatencyMetric.Ttft, 50, Seconds.FromMilliseconds(1))]);

        var r = SloSearch.Run(TestScenarios.Of(tp: 4), Plan(), impossible).Value;

        r.Best.ShouldBeNull();
        r.Cost.ShouldBeNull();
        r.Missed.ShouldNotBeNull();
        r.Tax.ShouldBeNull();
        // The throughput-optimal run is still past the knee, not at the low rate the search ended on.
        r.Saturated.RequestRate.ShouldBeLessThan(0.8 * r.Saturated.Load);
    }
}
