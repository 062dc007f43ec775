using InferCost.Estimation;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Serving;
using InferCost.Tests.Support;

namespace InferCost.Tests.Serving;

/// <summary>The simulator with speculative decoding: each verify pass keeps a sampled prefix of the drafts.</summary>
public class SpeculativeServingTests
{
    private static readonly SchedulerSettings Continuous = TestSchedulers.Continuous;

    private static Scenario DeepSeek(int k, double acceptance, int batch = 1) =>
        TestScenarios.Of(model: "deepseek-v3", tp: 8, batch: BatchSize.Of(batch), input: 1000, output: 200) with
        {
            Speculation = new Speculation(Speculation.MtpModule(TestCatalog.Instance.Models["deepseek-v3"]), IsMtp: true, k, acceptance),
        };

    private static SimulationResult Run(Scenario s, SimulationWorkload workload, int seed = 0, List<RequestRecord>? records = null) =>
        new ServingSimulator(new ScenarioContext(s), Continuous with { Seed = seed }, records: records is null ? null : records.Add).Run(workload).Value;

    [Fact]
    public void OneRequestAtATime_TpotAveragesTheEstimates()
    {
        // 300 lone requests of 199 decode tokens: the mean over ~60,000 sampled verify passes is the expectation the
        // estimate prices, within the sampling error and the last iteration's cap at the output length.
        var s = DeepSeek(k: 3, acceptance: 0.7);
        var estimate = CostEstimator.Estimate(s).Value;
        var r = Run(s, new OpenLoopWorkload(FixedRequests.Every(1000, 300, 1000, 200)));

        r.Requests.ShouldBe(300);
        r.OutputTokens.ShouldBe(300 * 200);
        r.Ttft.Mean.Value.ShouldBe(estimate.Latency.TimeToFirstToken.Value, tolerance: 1e-9);
        r.Tpot.Mean.Value.ShouldBe(estimate.Latency.TimePerOutputToken.Value, tolerance: 0.03 * estimate.Latency.TimePerOutputToken.Value);
    }

    [Fact]
    public void TokensComeInChunks_OneGapPerVerifyPass()
    {
        // τ = 1 + 0.9 + 0.81 = 2.71 tokens per pass: about 199 / 2.71 = 73 gaps per request instead of 199.
        var records = new List<RequestRecord>();
        var r = Run(DeepSeek(k: 2, acceptance: 0.9), new OpenLoopWorkload(FixedRequests.Every(1000, 50, 1000, 200)), records: records);
        var gapsPerRequest = (double)r.Itl.Count / r.Requests;
        gapsPerRequest.ShouldBeInRange(199 / 2.71 * 0.9, 199 / 2.71 * 1.1);
        // Each request: its prefill pass, then one pass per gap.
        ((double)r.Iterations).ShouldBe(r.Requests * (1 + gapsPerRequest), tolerance: 1e-9);
        // A gap is a whole iteration, longer than the time per token.
        r.Itl.Mean.Value.ShouldBeGreaterThan(r.Tpot.Mean.Value * 2);
        records.ShouldAllBe(x => x.OutputTokens == 200);
    }

    [Fact]
    public void UnderLoad_EveryRequestFinishes_SameSeedSameResult_OtherSeedOtherDraws()
    {
        SimulationResult Once(int seed) => Run(DeepSeek(k: 3, acceptance: 0.6), new OpenLoopWorkload(FixedRequests.Poisson(20, 400, (200, 3000), (20, 400), seed: 5)), seed);
        var a = Once(1);
        var b = Once(1);
        var c = Once(2);
        a.Requests.ShouldBe(400);
        (a.Iterations, a.Duration, a.Ttft.Mean, a.Tpot.Mean, a.Itl.Count, a.E2e).ShouldBe((b.Iterations, b.Duration, b.Ttft.Mean, b.Tpot.Mean, b.Itl.Count, b.E2e));
        a.Iterations.ShouldNotBe(c.Iterations);
    }

    [Fact]
    public void Acceptance_OfOne_KeepsEveryDraft()
    {
        // Every pass yields k + 1 = 4 tokens: 199 decode tokens take ceil(199 / 4) = 50 passes after the prefill's.
        var r = Run(DeepSeek(k: 3, acceptance: 1.0), new OpenLoopWorkload(FixedRequests.Every(1000, 2, 1000, 200)));
        r.Iterations.ShouldBe(2 * (1 + 50));
    }
}
