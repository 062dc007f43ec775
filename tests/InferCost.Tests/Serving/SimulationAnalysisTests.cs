using InferCost.Deployment;
using InferCost.Serving;
using InferCost.Serving.Workloads;
using InferCost.Tests.Support;

namespace InferCost.Tests.Serving;

public class SimulationAnalysisTests
{
    private static SimulationPlan Plan(LoadKind kind, double load, long requests = 400) => new(
        new SchedulerSettings(BatchingMode.Continuous, 256, 8192, SchedulingPolicy.DecodeFirst, KvCacheLayout.Paged, 16, PreemptionMode.Recompute),
        kind, [load], LengthDistribution.Fixed(1000, 200).Value, 1, requests, double.PositiveInfinity, null, null, 1);

    [Fact]
    public void Replicas_EachRunsItsShare_AndTheDeploymentsRatesAreTheirSum()
    {
        // Two replicas of TP 2 at 8 requests/s: each is the one-replica deployment at 4 requests/s, with half the requests.
        var two = TestScenarios.Of(tp: 2, gpus: 4);
        var one = TestScenarios.Of(tp: 2, gpus: 2);

        var both = SimulationAnalysis.Run(two, Plan(LoadKind.Rate, 8)).Value.Single();
        var single = SimulationAnalysis.Run(one, Plan(LoadKind.Rate, 4, requests: 200)).Value.Single();

        both.Replicas.ShouldBe(2);
        both.Replica.ShouldBe(single.Replica with { Timeline = both.Replica.Timeline });
        both.RequestRate.ShouldBe(2 * single.RequestRate, tolerance: 1e-12);
        both.OutputRate.ShouldBe(2 * single.OutputRate, tolerance: 1e-9);
    }

    [Fact]
    public void Concurrency_ThatDoesNotSplitOverTheReplicas_IsAnError()
    {
        var r = SimulationAnalysis.Run(TestScenarios.Of(tp: 2, gpus: 4), Plan(LoadKind.Concurrency, 3));

        r.Errors.Single().Field.ShouldBe("concurrency");
        r.Errors.Single().Reason.ShouldContain("multiple of 2");
    }

    [Fact]
    public void DisaggregatedScenario_AtAConcurrency_IsRefusedByName()
    {
        var s = TestScenarios.Of(tp: 2, gpus: 6) with { Disaggregation = new InferCost.Deployment.Disaggregation(2, 1, KvLink.ScaleOut) };

        var r = SimulationAnalysis.Run(s, Plan(LoadKind.Concurrency, 8));

        r.Errors.Single().Field.ShouldBe("disaggregate");
        r.Errors.Single().Code.ShouldBe(InferCost.Results.ErrorCodes.NotSimulated);
    }

    [Fact]
    public void DisaggregatedScenario_AtARate_RunsThePools_AndCountsTheDecodeInstances()
    {
        var s = TestScenarios.Of(tp: 2, gpus: 6) with { Disaggregation = new InferCost.Deployment.Disaggregation(2, 1, KvLink.ScaleOut) };

        var run = SimulationAnalysis.Run(s, Plan(LoadKind.Rate, 2)).Value.Single();

        run.Replicas.ShouldBe(1);
        run.PrefillInstances.ShouldBe(2);
        run.Replica.Requests.ShouldBe(400);
        run.Prefill.ShouldNotBeNull().Requests.ShouldBe(200);
        run.Prefill.OutputTokens.ShouldBe(200);
    }
}
