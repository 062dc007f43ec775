using System.Collections.Immutable;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Serving;
using InferCost.Serving.Workloads;
using InferCost.Tests.Support;

namespace InferCost.Tests.Serving;

/// <summary>The prefix cache by block identity: shared prompts are computed once, idle blocks give way, nothing is lost.</summary>
public class PrefixCacheServingTests
{
    private static SchedulerSettings Settings() => TestSchedulers.Continuous with { PrefixBlockTokens = 512 };

    private static SimulatedRequest Request(double at, int input, int output, params int[] blocks) =>
        new(at, input, output) { Blocks = [.. blocks] };

    private static SimulationResult Run(Scenario s, SchedulerSettings settings, IEnumerable<SimulatedRequest> requests, List<RequestRecord>? records = null) =>
        new ServingSimulator(new ScenarioContext(s), settings, records: records is null ? null : records.Add).Run(new OpenLoopWorkload(new FixedRequests(requests))).Value;

    [Fact]
    public void ASharedPrefix_IsComputedOnce_TheSecondPrefillsOnlyItsOwnTokens()
    {
        // Two prompts of 2,000 tokens share their first three blocks (1,536 tokens), 100 s apart: the second's first pass
        // is the chunk from 1,536 to 2,000 attending the cached 1,536.
        var s = TestScenarios.Of(tp: 2);
        var c = new ScenarioContext(s);
        var records = new List<RequestRecord>();
        var r = Run(s, Settings(), [Request(0, 2000, 10, 1, 2, 3, 4), Request(100, 2000, 10, 1, 2, 3, 9)], records);

        var alone = IterationModel.Time(c, IterationMix.Chunk(c, 0, 2000), out _).Value;
        var rest = IterationModel.Time(c, IterationMix.Chunk(c, 1536, 2000), out _).Value;
        records[0].Ttft.ShouldBe(alone, tolerance: 1e-12);
        records[1].Ttft.ShouldBe(rest, tolerance: 1e-12);
        r.PrefixHitTokens.ShouldBe(1536);
        r.PrefixHitRate.ShouldBe(1536.0 / 4000);
    }

    [Fact]
    public void AWholePromptCached_StillComputesItsLastToken()
    {
        // Identical prompts of exactly two blocks: the second finds only the first (its last token must be computed).
        var r = Run(TestScenarios.Of(tp: 2), Settings(), [Request(0, 1024, 5, 1, 2), Request(50, 1024, 5, 1, 2)]);

        r.PrefixHitTokens.ShouldBe(512);
    }

    [Fact]
    public void UnderMemoryPressure_IdleBlocksGiveWay_AndNoRequestIsLost()
    {
        // Llama 3.1 70B on one H200 (about 23 GB of KV): 300 prompts of 12K tokens from 30 prefixes, arriving fast.
        // Cached blocks fill the pool and must be dropped for new requests; every request still finishes.
        var s = TestScenarios.Of(tp: 1);
        var requests = Enumerable.Range(0, 300).Select(i =>
        {
            var prefix = i % 30;
            return Request(i * 0.05, 12_000, 50, [.. Enumerable.Range(0, 24).Select(b => (prefix * 1000) + b)]);
        });
        var r = Run(s, Settings(), requests);

        r.Requests.ShouldBe(300);
        r.PrefixHitTokens.ShouldBeGreaterThan(0);
        r.PrefixHitRate.ShouldBeLessThan(1);
        r.MeanKvUtilisation.ShouldBeLessThanOrEqualTo(1 + 1e-9);
        r.MeanKvWaste.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void RealExcerpt_FindsTheTracesSharedPrefixes_WhenTheServerKeepsUp()
    {
        // Mooncake's excerpt at a tenth of its speed on 8 x H200: each request's prompt is computed before the next that
        // shares it arrives, so all three reuses are found: 57 + 5 + 28 blocks of 512 tokens.
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.TestData, "mooncake", "synthetic-head.jsonl"));
        var trace = MooncakeTraceParser.Parse(reader, "excerpt").Value.Scaled(0.1).Value;
        var r = new ServingSimulator(new ScenarioContext(TestScenarios.Of(tp: 8)), Settings()).Run(new OpenLoopWorkload(new TraceRequests(trace))).Value;

        r.Requests.ShouldBe(74);
        r.PrefixHitTokens.ShouldBe((57 + 5 + 28) * 512);
    }
}
