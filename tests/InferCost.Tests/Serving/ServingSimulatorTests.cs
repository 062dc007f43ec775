using InferCost.Estimation;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Serving;
using InferCost.Tests.Support;

namespace InferCost.Tests.Serving;

public class ServingSimulatorTests
{
    private static SchedulerSettings Continuous(int maxRunning = 256, KvCacheLayout kv = KvCacheLayout.Paged, PreemptionMode preemption = PreemptionMode.Recompute) =>
        new(BatchingMode.Continuous, maxRunning, 8192, SchedulingPolicy.DecodeFirst, kv, SchedulerSettings.DefaultBlockSize, preemption);

    private static SimulationResult Run(Scenario s, SchedulerSettings settings, SimulationWorkload workload, List<RequestRecord>? records = null) =>
        new ServingSimulator(new ScenarioContext(s), settings, records: records is null ? null : records.Add).Run(workload).Value;

    [Fact]
    public void OneRequestAtATime_ReproducesTheEstimatesTtftAndTpot()
    {
        // Llama 3.1 70B FP8 on one H200, 4,096 in (one chunk of 8,192), 512 out: requests 1,000 s apart never meet.
        var s = TestScenarios.Of(batch: BatchSize.Of(1));
        var estimate = CostEstimator.Estimate(s).Value;

        var records = new List<RequestRecord>();
        var r = Run(s, Continuous(), new OpenLoopWorkload(FixedRequests.Every(1000, 3, 4096, 512)), records);

        r.Requests.ShouldBe(3);
        // The same pass through the same function: equal up to the mean's own rounding over three requests.
        r.Ttft.Mean.Value.ShouldBe(estimate.Latency.TimeToFirstToken.Value, tolerance: 1e-12 * estimate.Latency.TimeToFirstToken.Value);
        records[0].Ttft.ShouldBe(estimate.Latency.TimeToFirstToken.Value);
        // The mean of 511 steps at contexts 4,097 .. 4,607 is the step at their mean, 4,352 (the time is linear in context at batch 1).
        r.Tpot.Mean.Value.ShouldBe(estimate.Latency.TimePerOutputToken.Value, tolerance: 1e-9 * estimate.Latency.TimePerOutputToken.Value);
        r.E2e.Mean.Value.ShouldBe(estimate.Latency.RequestLatency.Value, tolerance: 1e-9 * estimate.Latency.RequestLatency.Value);
        r.Iterations.ShouldBe(3 * 512);
        r.Preemptions.ShouldBe(0);
    }

    [Fact]
    public void LittlesLaw_TimeAveragedRequestsInTheSystem_IsArrivalRateTimesMeanLatency()
    {
        var s = TestScenarios.Of(tp: 2);
        var r = Run(s, Continuous(), new OpenLoopWorkload(FixedRequests.Poisson(4, 600, (200, 3000), (50, 600), seed: 7)));
        var records = new List<RequestRecord>();
        Run(s, Continuous(), new OpenLoopWorkload(FixedRequests.Poisson(4, 600, (200, 3000), (50, 600), seed: 7)), records);

        var window = records.Max(x => x.Finish) - records.Min(x => x.Arrival);
        var lambda = records.Count / window;
        r.MeanInSystem.ShouldBe(lambda * r.E2e.Mean.Value, tolerance: 1e-9 * r.MeanInSystem);
        r.MeanInSystem.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void SameSeed_SameResult_AndEveryRequestFinishes()
    {
        var s = TestScenarios.Of(tp: 2);
        SimulationResult Once() => Run(s, Continuous(), new OpenLoopWorkload(FixedRequests.Poisson(6, 400, (100, 2000), (20, 400), seed: 3)));

        var a = Once();
        var b = Once();

        a.ShouldBe(b with { Timeline = a.Timeline });
        a.Timeline.ShouldBe(b.Timeline);
        a.Requests.ShouldBe(400);
    }

    [Fact]
    public void ContinuousBatching_BeatsStatic_OnMixedLengths()
    {
        // 64 users in a closed loop, outputs from 16 to 1,008 tokens: a static batch waits for its longest request.
        var s = TestScenarios.Of(tp: 2);
        ClosedLoopWorkload Users() => new(64, new FixedLengths(1024, 512, spread: 496, seed: 5), 1024, double.PositiveInfinity);

        var continuous = Run(s, Continuous(maxRunning: 64), Users());
        var @static = Run(s, Continuous(maxRunning: 64) with { Batching = BatchingMode.Static }, Users());

        continuous.Requests.ShouldBe(1024);
        @static.Requests.ShouldBe(1024);
        (continuous.OutputRate / @static.OutputRate).ShouldBeGreaterThan(1.2);
    }

    [Fact]
    public void PagedKv_AdmitsMoreThanContiguousReservation()
    {
        // One H200 at FP8 has room for about 60 requests of 4,096 + 4,096 reserved; most stop after a few hundred tokens.
        var s = TestScenarios.Of();
        FixedRequests Load() => FixedRequests.Poisson(50, 600, (1000, 3000), (50, 4096), seed: 11);

        var paged = Run(s, Continuous(maxRunning: 1024), new OpenLoopWorkload(Load()));
        var contiguous = Run(s, Continuous(maxRunning: 1024, kv: KvCacheLayout.Contiguous), new OpenLoopWorkload(Load()));

        paged.MeanRunning.ShouldBeGreaterThan(1.3 * contiguous.MeanRunning);
        contiguous.MeanKvWaste.ShouldBeGreaterThan(paged.MeanKvWaste);
        contiguous.Preemptions.ShouldBe(0);
    }

    [Theory]
    [InlineData(PreemptionMode.Recompute)]
    [InlineData(PreemptionMode.Swap)]
    public void Preemption_WhenBlocksRunOut_NeverLosesARequest(PreemptionMode mode)
    {
        // Long outputs admitted on their prompts alone outgrow the pool: some must give way, and all still finish.
        var s = TestScenarios.Of();
        var records = new List<RequestRecord>();
        var r = Run(s, Continuous(maxRunning: 1024, preemption: mode), new OpenLoopWorkload(FixedRequests.Every(0.01, 300, 2000, 6000)), records);

        r.Preemptions.ShouldBeGreaterThan(0);
        r.Requests.ShouldBe(300);
        records.Select(x => x.Index).Order().ShouldBe(Enumerable.Range(0, 300).Select(i => (long)i));
        records.ShouldAllBe(x => x.Finish > x.FirstToken && x.FirstToken > x.Arrival);
        r.OutputTokens.ShouldBe(300.0 * 6000);
    }

    [Fact]
    public void ARequestThePoolCanNeverHold_IsAnErrorNamingIt()
    {
        var s = TestScenarios.Of(model: "llama-3.1-8b");

        var r = new ServingSimulator(new ScenarioContext(s), Continuous()).Run(
            new OpenLoopWorkload(new FixedRequests([new SimulatedRequest(0, 100, 10), new SimulatedRequest(1, 131_000, 1000)])));

        r.Succeeded.ShouldBeFalse();
        r.Errors.Single().Reason.ShouldContain("request 2 (arriving at 1 s)");
        r.Errors.Single().Reason.ShouldContain("maximum context");
    }

    [Fact]
    public void ArrivalsOutOfOrder_AreAnError()
    {
        var r = new ServingSimulator(new ScenarioContext(TestScenarios.Of()), Continuous()).Run(
            new OpenLoopWorkload(new FixedRequests([new SimulatedRequest(2, 100, 10), new SimulatedRequest(1, 100, 10)])));

        r.Errors.Single().Reason.ShouldContain("before the one ahead of it");
    }

    [Fact]
    public void ClosedLoop_KeepsTheUsersRequestsInFlight()
    {
        var s = TestScenarios.Of(tp: 2);

        var r = Run(s, Continuous(), new ClosedLoopWorkload(16, new FixedLengths(1000, 200), 320, double.PositiveInfinity));

        r.Requests.ShouldBe(320);
        // 16 in flight nearly all the time (the last wave drains).
        r.MeanInSystem.ShouldBe(16, tolerance: 1.0);
        r.MeanWaiting.ShouldBeLessThan(0.5);
    }

    [Fact]
    public void PrefixCache_HalfThePromptCached_TtftIsTheOtherHalfsChunk()
    {
        // 2,048 of 4,096 prompt tokens found: the first pass computes positions 2,048 .. 4,095, attending the whole prefix.
        var s = TestScenarios.Of(batch: BatchSize.Of(1));
        var c = new ScenarioContext(s);
        var records = new List<RequestRecord>();

        Run(s, Continuous() with { PrefixHitRate = 0.5 }, new OpenLoopWorkload(FixedRequests.Every(1000, 1, 4096, 16)), records);

        records[0].Ttft.ShouldBe(IterationModel.Time(c, IterationMix.Chunk(c, 2048, 4096), out _).Value);
        records[0].Ttft.ShouldBeLessThan(CostEstimator.Estimate(s).Value.Latency.TimeToFirstToken.Value);
    }

    [Fact]
    public void PrefixCache_LowersTtftUnderLoad_AndLosesNoRequest()
    {
        var s = TestScenarios.Of(tp: 2);
        FixedRequests Load() => FixedRequests.Poisson(6, 500, (2000, 6000), (50, 300), seed: 13);

        var cold = Run(s, Continuous(), new OpenLoopWorkload(Load()));
        var warm = Run(s, Continuous() with { PrefixHitRate = 0.8 }, new OpenLoopWorkload(Load()));

        warm.Requests.ShouldBe(500);
        warm.Ttft.Mean.Value.ShouldBeLessThan(cold.Ttft.Mean.Value);
        warm.BusyTime.Value.ShouldBeLessThan(cold.BusyTime.Value);
    }
}
