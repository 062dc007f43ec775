using CsCheck;
using InferCost.Analysis;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Tests.Support;

namespace InferCost.Tests.Analysis;

/// <summary>The cheapest feasible layout per context: more GPUs and KV offload priced side by side.</summary>
public class ContextLayoutSearchTests
{
    private static readonly int[] Contexts = [2048, 4096, 8192, 16384, 32768, 65536, 120 * 1024];

    [Fact]
    public void Sweep_AnyScenario_CheapestCostNeverFallsAsContextGrows()
    {
        var models = Gen.OneOf("llama-3.1-70b", "llama-3.1-8b", "qwen3-32b", "mixtral-8x7b");
        var gpus = Gen.OneOf("h100-sxm", "h200-sxm", "gh200", "mi300x");
        var batches = Gen.OneOf(BatchSize.Max, BatchSize.Of(8), BatchSize.Of(64));
        Gen.Select(models, gpus, batches).Sample((model, gpu, batch) =>
        {
            var s = TestScenarios.Of(model: model, gpu: gpu, batch: batch, output: 256);
            var sweep = ContextAnalysis.Sweep(s, Contexts).Value;
            var costs = sweep.Rows.Where(r => r.Cheapest is not null).Select(r => r.Cheapest!.Estimate.Cost.PerMillionOutputTokens.Value).ToList();
            costs.ShouldAllBe(c => double.IsFinite(c) && c > 0);
            for (var i = 1; i < costs.Count; i++)
            {
                costs[i].ShouldBeGreaterThanOrEqualTo(costs[i - 1] * (1 - 1e-12), $"{model} on {gpu}, batch {batch}: row {i}");
            }

            // Once nothing serves a context, nothing serves a longer one.
            var served = sweep.Rows.Select(r => r.Cheapest is not null).ToList();
            served.SkipWhile(x => x).ShouldAllBe(x => !x);
        }, iter: 12);
    }

    [Fact]
    public void Cheapest_IsNoDearerThanAnyOptionTried()
    {
        var s = TestScenarios.Of(gpu: "h100-sxm", input: 16384, output: 256, batch: BatchSize.Of(8));
        var best = ContextLayoutSearch.Cheapest(s).Value!;

        foreach (var tp in ContextLayoutSearch.TensorParallelDegrees(s))
        {
            foreach (var tier in ContextLayoutSearch.Tiers(s))
            {
                var option = CostEstimator.Estimate(s.WithLayout(s.Layout.WithTensorParallel(tp)) with { Offload = s.Offload with { Tier = tier } }, Derivation.Off());
                if (option.Succeeded)
                {
                    best.Estimate.Cost.PerMillionOutputTokens.Value.ShouldBeLessThanOrEqualTo(option.Value.Cost.PerMillionOutputTokens.Value * (1 + 1e-12));
                }
            }
        }

        best.Estimate.Memory.Batch.ShouldBe(8);
    }

    [Fact]
    public void TensorParallelDegrees_StartAtTheScenariosAndStopAtTheScaleUpDomain()
    {
        ContextLayoutSearch.TensorParallelDegrees(TestScenarios.Of(gpu: "h200-sxm", tp: 2)).ShouldBe([2, 4, 8]);
        ContextLayoutSearch.Tiers(TestScenarios.Of()).ShouldBe([OffloadTier.None, OffloadTier.Dram, OffloadTier.Nvme]);
    }

    [Fact]
    public void Cheapest_OnAGraceSuperchipAtBatchMax_OffloadsToDramOverNvlinkC2c()
    {
        // 450 GB/s to host memory hides a small spill under the HBM-bound kernels: a larger batch for little more time.
        var s = TestScenarios.Of(gpu: "gh200", input: 2048, output: 512, batch: BatchSize.Max);
        var best = ContextLayoutSearch.Cheapest(s).Value!;

        best.Offload.ShouldBe(OffloadTier.Dram);
        best.Estimate.Decode.OffloadTime.Value.ShouldBeGreaterThan(0);
        best.Estimate.Decode.OffloadTime.Value.ShouldBeLessThanOrEqualTo((best.Estimate.Decode.LinearTime + best.Estimate.Decode.AttentionTime).Value);
    }
}
