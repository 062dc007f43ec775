using InferCost.Deployment;
using InferCost.Estimation;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Serving;
using InferCost.Tests.Support;

namespace InferCost.Tests.Serving;

/// <summary>Disaggregated pools in the simulator: prefill instances, the KV transfer, decode instances.</summary>
public class DisaggregatedSimulationTests
{
    private static readonly SchedulerSettings Continuous = TestSchedulers.Continuous;

    private static Scenario Pools(int prefill, int decode) =>
        TestScenarios.Of(tp: 2, gpus: 2 * (prefill + decode)) with { Disaggregation = new InferCost.Deployment.Disaggregation(prefill, decode, KvLink.ScaleOut) };

    private static DisaggregatedResult Run(Scenario s, IEnumerable<SimulatedRequest> requests, List<RequestRecord>? records = null) =>
        DisaggregatedSimulation.Run(new ScenarioContext(s), s.Disaggregation!, [.. requests], Continuous, records: records is null ? null : records.Add).Value;

    [Fact]
    public void OneRequestAtATime_IsTheAggregatedRequestPlusItsKvTransfer()
    {
        // Requests 1,000 s apart never meet: the prefill instance's first token is the aggregated TTFT, and the decode
        // instance's steps are the aggregated ones; only the KV's trip over the link is added, before the first decode step.
        var s = Pools(1, 1);
        var c = new ScenarioContext(s);
        var requests = Enumerable.Range(0, 3).Select(i => new SimulatedRequest(i * 1000.0, 4096, 512)).ToList();
        var records = new List<RequestRecord>();
        var r = Run(s, requests, records);

        var aggregated = new List<RequestRecord>();
        new ServingSimulator(new ScenarioContext(TestScenarios.Of(tp: 2)), Continuous, records: aggregated.Add)
            .Run(new OpenLoopWorkload(new FixedRequests(requests))).Succeeded.ShouldBeTrue();
        var transfer = DisaggregatedServing.KvTime(c, c.KvLink!.Value, 4096).Value;
        transfer.ShouldBeGreaterThan(0);
        for (var i = 0; i < 3; i++)
        {
            records[i].Ttft.ShouldBe(aggregated[i].Ttft, tolerance: 1e-12);
            records[i].E2e.ShouldBe(aggregated[i].E2e + transfer, tolerance: 1e-9);
        }

        r.Prefill.Requests.ShouldBe(3);
        r.Decode.Requests.ShouldBe(3);
        r.Decode.Ttft.Count.ShouldBe(3);
    }

    [Fact]
    public void RequestsAreDealtToTheInstances_AndEveryOneFinishes()
    {
        // 3P2D: each prefill instance takes every third request, each decode instance every second one that arrives.
        var s = Pools(3, 2);
        var requests = FixedRequests.Poisson(6, 600, (200, 3000), (20, 400), seed: 11);
        var all = new List<SimulatedRequest>();
        while (requests.TryNext(out var x))
        {
            all.Add(x);
        }

        var r = Run(s, all);
        r.Prefill.Requests.ShouldBe(200);
        r.Decode.Requests.ShouldBe(300);
        r.Decode.OutputTokens.ShouldBeGreaterThan(300 * 20);
    }

    [Fact]
    public void UnderLoad_DecodeWithoutPrefillsInTheWay_HasAShorterItlTail()
    {
        // The same 6 x H200 and the same requests: 2P1D against three aggregated replicas of TP 2 (one simulated with a
        // third of them). Prompt chunks share the aggregated passes and stretch the decode tokens' gaps; the decode pool
        // runs none.
        var requests = new List<SimulatedRequest>();
        var source = FixedRequests.Poisson(8, 900, (1000, 6000), (50, 500), seed: 4);
        while (source.TryNext(out var x))
        {
            requests.Add(x);
        }

        var pools = Run(Pools(2, 1), requests);
        var third = requests.Where((_, i) => i % 3 == 0).ToList();
        var aggregated = new ServingSimulator(new ScenarioContext(TestScenarios.Of(tp: 2)), Continuous).Run(new OpenLoopWorkload(new FixedRequests(third))).Value;

        pools.Decode.Requests.ShouldBe(900);
        pools.Decode.Itl.P99.Value.ShouldBeLessThan(aggregated.Itl.P99.Value / 2);
    }

    [Fact]
    public void Cost_PricesEachPoolAgainstItsOwnTokens()
    {
        var s = Pools(2, 1);
        var plan = new SimulationPlan(Continuous, LoadKind.Rate, [4], InferCost.Serving.Workloads.LengthDistribution.Fixed(2000, 300).Value, 1, 400,
            double.PositiveInfinity, null, null, 1);
        var run = SimulationAnalysis.Run(s, plan, accountCost: true).Value.Single();
        var cost = SloCost.Of(s, run, InferCost.Explain.Derivation.Off());

        // Each instance's 2 GPUs for its run at its own mean power, over its own tokens.
        double PerMillion(SimulationResult r, double tokens)
        {
            var idle = s.Accelerator.Power.Idle.Value * Math.Max(0, r.Duration.Value - r.BusyTime.Value);
            var power = new InferCost.Units.Watts((r.BusyEnergy.Value + idle) / r.Duration.Value);
            var hour = InferCost.Economics.GpuHourCostModel.Breakdown(InferCost.Economics.GpuHourInputs.Of(s), power).Total.Value;
            return hour * 2 * r.Duration.Value / 3600 / tokens * 1e6;
        }

        cost.PerMillionOutput.Value.ShouldBe(PerMillion(run.Replica, run.Replica.OutputTokens), tolerance: 1e-9);
        cost.PerMillionInput.Value.ShouldBe(PerMillion(run.Prefill!, run.Prefill!.InputTokens), tolerance: 1e-9);
        cost.DecodeShare.ShouldBe(1.0 / 3);
    }
}
