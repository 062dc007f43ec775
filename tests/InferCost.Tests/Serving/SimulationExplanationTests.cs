using InferCost.Explain;
using InferCost.Serving;
using InferCost.Serving.Workloads;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Serving;

/// <summary>--explain for simulate and slo: each step's result is the figure the run and the search report.</summary>
public class SimulationExplanationTests
{
    private static readonly ServiceLevel Objective = new([
        new LatencyTarget(LatencyMetric.Ttft, 90, new Seconds(1)),
        new LatencyTarget(LatencyMetric.Tpot, 99, Seconds.FromMilliseconds(60)),
    ]);

    private static SimulationPlan Plan(params double[] loads) => new(
        new SchedulerSettings(BatchingMode.Continuous, 1024, 8192, SchedulingPolicy.DecodeFirst, KvCacheLayout.Paged, 16, PreemptionMode.Recompute),
        LoadKind.Rate, [.. loads], LengthDistribution.Fixed(1000, 200).Value, 1, 400, double.PositiveInfinity, null, Objective, 7);

    private static double Result(Derivation d, string name) => d.Steps.Single(s => s.Name == name).Result.Value;

    [Fact]
    public void Record_OneRun_EachStepIsTheRunsOwnFigure()
    {
        var run = SimulationAnalysis.Run(TestScenarios.Of(tp: 2, gpus: 4), Plan(6)).Value.Single();
        var d = Derivation.Recording();

        SimulationExplanation.Record([run], Objective, d);

        d.Steps.ShouldAllBe(s => s.Section == "Simulation");
        Result(d, "Requests/s served").ShouldBe(run.RequestRate);
        Result(d, "Output tokens/s").ShouldBe(run.OutputRate);
        Result(d, "Input tokens/s").ShouldBe(run.InputRate);
        Result(d, "GPU busy").ShouldBe(run.Replica.BusyFraction);
        Result(d, "Goodput (requests/s meeting the service level)").ShouldBe(run.Goodput);
        Result(d, "Mean requests in the system (Little's L)").ShouldBe(run.Replica.MeanInSystem);
        Result(d, "Preemptions, whole deployment").ShouldBe(run.Replica.Preemptions * 2);
        // Independent arithmetic: two replicas, each N requests over T.
        Result(d, "Requests/s served").ShouldBe(2 * run.Replica.Requests / run.Replica.Duration.Value, tolerance: 1e-12);
    }

    [Fact]
    public void Record_LittlesLaw_IsCloseToTheMeasuredL()
    {
        // L = lambda x W; the measured L counts from the first arrival, the check from t = 0, so they differ by that gap only.
        var run = SimulationAnalysis.Run(TestScenarios.Of(tp: 2), Plan(4)).Value.Single();
        var d = Derivation.Recording();

        SimulationExplanation.Record(run, null, d);

        var little = Result(d, "Little's law: arrivals per second x mean time in the system");
        little.ShouldBe(run.Replica.Requests / run.Replica.Duration.Value * run.Replica.E2e.Mean.Value, tolerance: 1e-9 * little);
        little.ShouldBeInRange(0.95 * run.Replica.MeanInSystem, run.Replica.MeanInSystem);
    }

    [Fact]
    public void Record_EachTarget_SaysMetOrMissedWithItsValue()
    {
        var run = SimulationAnalysis.Run(TestScenarios.Of(tp: 2), Plan(4)).Value.Single();
        var d = Derivation.Recording();

        SimulationExplanation.Record(run, Objective, d);

        foreach (var t in Objective.Targets)
        {
            var step = d.Steps.Single(s => s.Name.StartsWith(SimulationExplanation.Name(t) + " against its limit", StringComparison.Ordinal));
            step.Result.Value.ShouldBe(run.Replica.Latency(t.Metric).At(t.Percentile).Value);
            step.Name.ShouldEndWith(run.Replica.Latency(t.Metric).At(t.Percentile) <= t.Limit ? "met" : "missed");
        }
    }

    [Fact]
    public void Record_SeveralLoads_OneSectionEach_AndOffRecordsNothing()
    {
        var runs = SimulationAnalysis.Run(TestScenarios.Of(tp: 2), Plan(2, 4)).Value;
        var d = Derivation.Recording();
        var off = Derivation.Off();

        SimulationExplanation.Record(runs, Objective, d);
        SimulationExplanation.Record(runs, Objective, off);

        d.Steps.Select(s => s.Section).Distinct().ShouldBe(["Load 1", "Load 2"]);
        off.Steps.ShouldBeEmpty();
    }
}
