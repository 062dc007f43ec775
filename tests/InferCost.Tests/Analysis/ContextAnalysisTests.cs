using InferCost.Analysis;
using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Deployment;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Tests.Support;

namespace InferCost.Tests.Analysis;

public class ContextAnalysisTests
{
    private static ContextSweep Sweep(Scenario s, params int[] contexts)
    {
        var result = ContextAnalysis.Sweep(s, contexts);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        return result.Value;
    }

    private static Estimate Direct(Scenario s)
    {
        var e = CostEstimator.Estimate(s, Derivation.Off());
        e.Succeeded.ShouldBeTrue(string.Join("; ", e.Errors));
        return e.Value;
    }

    // Independent arithmetic for Llama-3.1-70B on one GPU under the default stack (TensorRT-LLM: the KV pool is a fraction
    // of the memory free after the runtime reserve, weights and workspace): weights = N x bytes, workspace = 8,192 tokens
    // x (4d + 2 x d_ff) x 2 B, KV pool = f x (capacity - reserve - weights - workspace).
    private static double FreeForKv(Scenario s, double weightBytes)
    {
        s.Stack.KvPool.ShouldBe(KvPoolRule.FreeAfterWeights);
        // The embedding and LM head stay BF16 in an FP8 checkpoint (2 bytes), the rest at weightBytes.
        var p = s.Model.Profile.Parameters;
        var boundary = p.Embedding + p.LmHead;
        var weights = ((p.Total - boundary) * weightBytes) + (boundary * 2.0);
        var workspace = 8192 * ((4.0 * 8192) + (2.0 * 28672)) * 2;
        return s.Stack.Factors.KvPoolFraction * (s.Accelerator.Memory.Capacity.Value - s.Stack.Reserve.Value - weights - workspace);
    }

    [Fact]
    public void Sweep_Llama70bFp8At32K_KvIsTwoTimesKvHeadsTimesHeadDimTimesLayersTimesTokens()
    {
        var s = TestScenarios.Of();
        var row = Sweep(s, 32768).Rows.Single();

        // GQA: 8 KV heads of 128, 80 layers, 1 byte at FP8, over the prompt and the 512 generated tokens.
        var kv = 2.0 * 8 * 128 * 80 * 1 * (32768 + 512);
        row.KvPerRequest.Value.ShouldBe(kv);
        row.KvPerRequestPerGpu.Value.ShouldBe(kv);
        row.Fit.ShouldBe(ContextFit.Fits);
        row.MaxBatch.ShouldBe((int)Math.Floor(FreeForKv(s, 1) / kv));
        row.MaxBatch.ShouldBeLessThan(64);
        row.Estimate!.Memory.Batch.ShouldBe(row.MaxBatch);
    }

    [Fact]
    public void Sweep_TensorParallelTwo_HalvesKvPerGpuButNotPerRequest()
    {
        var row = Sweep(TestScenarios.Of(tp: 2), 32768).Rows.Single();

        row.KvPerRequest.Value.ShouldBe(2.0 * 8 * 128 * 80 * (32768 + 512));
        row.KvPerRequestPerGpu.Value.ShouldBe(row.KvPerRequest.Value / 2);
    }

    [Fact]
    public void Sweep_ShortContext_KeepsTheScenarioBatch()
    {
        var row = Sweep(TestScenarios.Of(), 4096).Rows.Single();

        row.MaxBatch.ShouldBeGreaterThan(64);
        row.Estimate!.Memory.Batch.ShouldBe(64);
    }

    [Fact]
    public void Sweep_BatchMax_UsesTheLargestBatchAtEachContext()
    {
        var sweep = Sweep(TestScenarios.Of(batch: BatchSize.Max), 2048, 16384);

        sweep.Rows.ShouldAllBe(r => r.Estimate!.Memory.Batch == r.MaxBatch);
    }

    [Fact]
    public void Sweep_MultiplierVs4K_IsTheRatioOfTwoDirectEstimates()
    {
        var s = TestScenarios.Of();
        var sweep = Sweep(s, 4096, 32768);
        var long32 = sweep.Rows[1];

        var at4k = Direct(s with { InputTokens = 4096 });
        var at32k = Direct(s with { InputTokens = 32768, Batch = BatchSize.Of(long32.MaxBatch) });
        long32.RelativeToBaseline!.Value.ShouldBe(at32k.Cost.PerMillionOutputTokens.Value / at4k.Cost.PerMillionOutputTokens.Value, tolerance: 1e-12);
        sweep.Rows[0].RelativeToBaseline.ShouldBe(1);
        long32.Estimate!.Cost.PerMillionOutputTokens.ShouldBe(at32k.Cost.PerMillionOutputTokens);
        long32.RelativeToBaseline.Value.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Sweep_BaselineNotListed_MultipliersAreStillAgainst4K()
    {
        var s = TestScenarios.Of();
        var row = Sweep(s, 8192).Rows.Single();

        var at4k = Direct(s with { InputTokens = 4096 });
        row.RelativeToBaseline!.Value.ShouldBe(row.Estimate!.Cost.PerMillionOutputTokens / at4k.Cost.PerMillionOutputTokens, tolerance: 1e-12);
    }

    [Fact]
    public void Sweep_ContextThatDoesNotFitOnOneGpu_ReportsTheTpItNeedsAndTheOffload()
    {
        // 70.6 GB of FP8 weights, 1.5 GB of workspace and TensorRT-LLM's 2 GiB reserve leave 11.3 GB of an H100's
        // 81,559 MiB (85.5 GB), of which the KV pool takes 90%, 10.2 GB: 64K of KV (10.8 GB at 163,840 B per token) does not fit.
        var s = TestScenarios.Of(gpu: "h100-sxm");
        var row = Sweep(s, 65536).Rows.Single();

        row.Fit.ShouldBe(ContextFit.NeedsLargerTensorParallel);
        row.MaxBatch.ShouldBe(0);
        row.Estimate.ShouldBeNull();
        var tp = row.LargerTensorParallel!.TensorParallel;
        tp.ShouldBe(2);
        var needed = s.WithLayout(new ParallelLayout(tp)) with { InputTokens = 65536, Batch = BatchSize.Of(1) };
        CostEstimator.Estimate(needed, Derivation.Off()).Succeeded.ShouldBeTrue();
        var half = CostEstimator.Estimate(needed.WithLayout(new ParallelLayout(tp / 2)), Derivation.Off());
        half.Succeeded.ShouldBeFalse();
        half.Errors[0].Reason.ShouldContain("not even one request fits");

        var kv = 2.0 * 8 * 128 * 80 * (65536 + 512);
        row.OffloadPerGpu!.Value.Value.ShouldBe(kv - FreeForKv(s, 1), tolerance: 1);
        row.RelativeToBaseline!.Value.ShouldBe(
            row.LargerTensorParallel.Estimate.Cost.PerMillionOutputTokens / Direct(s with { InputTokens = 4096, Batch = BatchSize.Of(Sweep(s, 4096).Rows[0].MaxBatch) }).Cost.PerMillionOutputTokens,
            tolerance: 1e-12);
    }

    [Fact]
    public void Sweep_WeightsAloneOverflowOneGpu_EveryContextNeedsTpTwoAndNoOffloadHelps()
    {
        var sweep = Sweep(TestScenarios.Of(gpu: "h100-sxm", weights: Precision.Fp16, kv: Precision.Fp16), 2048, 4096);

        sweep.Rows.ShouldAllBe(r => r.Fit == ContextFit.NeedsLargerTensorParallel && r.LargerTensorParallel!.TensorParallel == 2 && r.OffloadPerGpu == null);
        sweep.Baseline!.Scenario.TensorParallel.ShouldBe(2);
        sweep.Rows[1].RelativeToBaseline.ShouldBe(1);
    }

    [Fact]
    public void Sweep_NothingFitsWithinTheScaleUpDomain_SaysSoWithoutAnEstimate()
    {
        // 405B at FP16 is 811 GB; eight 48 GB L40S hold 384 GB.
        var row = Sweep(TestScenarios.Of(model: "llama-3.1-405b", gpu: "l40s", weights: Precision.Fp16, kv: Precision.Fp16), 4096).Rows.Single();

        row.Fit.ShouldBe(ContextFit.DoesNotFitInScaleUpDomain);
        row.ServedEstimate.ShouldBeNull();
        row.LargerTensorParallel.ShouldBeNull();
        row.RelativeToBaseline.ShouldBeNull();
    }

    [Fact]
    public void Sweep_ContextBeyondTheModelsMaximum_IsReportedInItsRow()
    {
        // Llama 3.1's maximum is 131,072 tokens: 128K of prompt plus 512 generated exceeds it.
        var sweep = Sweep(TestScenarios.Of(), 65536, 131072, 1 << 20);

        sweep.Rows[0].Fit.ShouldBe(ContextFit.Fits);
        sweep.Rows.Skip(1).ShouldAllBe(r => r.Fit == ContextFit.ExceedsModelContext && r.ServedEstimate == null && r.RelativeToBaseline == null);
        sweep.Rows[2].KvPerRequest.Value.ShouldBe(2.0 * 8 * 128 * 80 * ((1 << 20) + 512));
    }

    [Fact]
    public void Sweep_DefaultContexts_Are2KTo1MDoublingAndCostRisesWithContext()
    {
        ContextAnalysis.DefaultContexts.ShouldBe([2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288, 1048576]);
        var served = ContextAnalysis.Sweep(TestScenarios.Of(), ContextAnalysis.DefaultContexts).Value.Rows
            .Select(r => r.ServedEstimate).OfType<Estimate>().Select(e => e.Cost.PerMillionOutputTokens.Value).ToList();
        served.Count.ShouldBe(6);
        served.ShouldBe([.. served.Order()]);
    }

    [Fact]
    public void Sweep_NoContexts_IsAnError()
    {
        var result = ContextAnalysis.Sweep(TestScenarios.Of(), []);

        result.Succeeded.ShouldBeFalse();
        result.Errors[0].Reason.ShouldContain("at least one context");
    }
}
