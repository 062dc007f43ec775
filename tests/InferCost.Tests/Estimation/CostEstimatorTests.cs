using InferCost.Estimation;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Estimation;

public class CostEstimatorTests
{
    private static Estimate Run(Scenario s)
    {
        var result = CostEstimator.Estimate(s);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        return result.Value;
    }

    [Fact]
    public void Estimate_DefaultScenario_DecodeIsMemoryBoundAndConsistent()
    {
        var e = Run(TestScenarios.Of());

        e.Decode.Bound.ShouldBe(Bound.Memory);
        e.Decode.TokensPerSecond.Value.ShouldBe(64 / e.Decode.StepTime.Value, tolerance: 1e-9);
        e.Decode.StepTime.Value.ShouldBe(e.Decode.LinearTime.Value + e.Decode.AttentionTime.Value + e.Decode.CommunicationTime.Value + e.Decode.Overhead.Value, tolerance: 1e-12);
        e.Decode.LinearTime.Value.ShouldBeGreaterThanOrEqualTo((e.Decode.WeightBytes + e.Decode.ActivationBytes).Value / (4.8e12 * 0.8) - 1e-12);
        e.Decode.Intensity.Value.ShouldBe(e.Decode.Flops.Value / e.Decode.Bytes.Value, tolerance: 1e-9);
    }

    [Fact]
    public void Estimate_DefaultScenario_StepBytesAreWeightsPlusEveryRequestsKvPlusActivations()
    {
        var e = Run(TestScenarios.Of());
        var p = TestCatalog.Instance.Models["llama-3.1-70b"].Profile;

        // Independent arithmetic: Llama-3.1-70B at FP8, 64 requests at a mean context of 4096 + 512/2 tokens (the steps emitting
        // tokens 2 .. 512 attend 4,097 .. 4,607 positions). The LM head
        // (V x d = 128,256 x 8,192) stays BF16 in an FP8 checkpoint: 2 bytes, the other weights read 1 byte; the input
        // embedding is a row lookup, not read.
        var weights = p.Parameters.Total - p.Parameters.Embedding + (128_256.0 * 8_192);
        var kv = 64 * (2 * 8 * 128 * 80) * (4096 + 256.0);
        var activations = 64 * 80 * 8 * 8192 * 2.0;
        e.Decode.Bytes.Value.ShouldBe(weights + kv + activations, tolerance: 1);
    }

    [Fact]
    public void Estimate_CostShares_SumToOneAndComponentsSumToTotal()
    {
        var e = Run(TestScenarios.Of());

        e.Cost.Breakdown.Sum(c => c.Share).ShouldBe(1, tolerance: 1e-12);
        e.Cost.Breakdown.Sum(c => c.PerMillionOutputTokens.Value).ShouldBe(e.Cost.PerMillionOutputTokens.Value, tolerance: 1e-12);
        e.Cost.Breakdown.Sum(c => c.PerMillionInputTokens.Value).ShouldBe(e.Cost.PerMillionInputTokens.Value, tolerance: 1e-12);
        e.Energy.Physics.Components.Sum(c => c.Share).ShouldBe(1, tolerance: 1e-12);
    }

    [Fact]
    public void Estimate_WithNetworkEnergy_LinesStillSumToTheTotal()
    {
        var e = Run(TestScenarios.Of(tp: 8));

        e.Cost.Breakdown.Single(c => c.Id == "network-energy").PerGpuHour.Value.ShouldBeGreaterThan(0);
        e.Cost.Breakdown.Sum(c => c.PerGpuHour.Value).ShouldBe(e.Cost.PerGpuHour.Value, tolerance: 1e-12);
        e.Cost.Breakdown.Sum(c => c.Share).ShouldBe(1, tolerance: 1e-12);
        e.Cost.Breakdown.Sum(c => c.PerMillionOutputTokens.Value).ShouldBe(e.Cost.PerMillionOutputTokens.Value, tolerance: 1e-12);
        e.Cost.Breakdown.Sum(c => c.PerMillionInputTokens.Value).ShouldBe(e.Cost.PerMillionInputTokens.Value, tolerance: 1e-12);
    }

    [Fact]
    public void Estimate_OutputCost_IsReplicaCostOverDecodeRate()
    {
        var e = Run(TestScenarios.Of());

        var expected = e.Cost.PerGpuHour.Value / (e.Decode.TokensPerSecond.Value * 3600) * 1e6;
        e.Cost.PerMillionOutputTokens.Value.ShouldBe(expected, tolerance: 1e-12);
    }

    [Fact]
    public void Estimate_FacilityLayers_SumToPueOverhead()
    {
        var e = Run(TestScenarios.Of());

        e.Energy.FacilityLayers.Sum(l => l.FractionOfItLoad).ShouldBe(0.12, tolerance: 1e-12);
    }

    [Fact]
    public void Estimate_BatchTooLarge_FailsWithTheLargestThatFits()
    {
        var fits = Run(TestScenarios.Of(batch: BatchSize.Max)).Memory.Batch;

        var result = CostEstimator.Estimate(TestScenarios.Of(batch: BatchSize.Of(fits + 1)));

        result.Succeeded.ShouldBeFalse();
        result.Errors[0].Reason.ShouldContain($"the largest batch that fits is {fits}");
    }

    [Fact]
    public void Estimate_WeightsDoNotFit_SaysSoAndSuggestsMoreGpus()
    {
        var result = CostEstimator.Estimate(TestScenarios.Of(model: "llama-3.1-405b", gpu: "h100-sxm"));

        result.Succeeded.ShouldBeFalse();
        var e = result.Errors[0];
        e.Reason.ShouldContain("not even one request fits");
        e.Reason.ShouldContain("More GPUs per replica (tp)");
        e.Reason.ShouldNotContain("--");
        (e.Source, e.Field, e.Code).ShouldBe(("scenario", "batch", "nothing-fits"));
    }

    [Fact]
    public void Estimate_TensorParallel_ShardsWeightsAndAddsCommunication()
    {
        var one = Run(TestScenarios.Of(model: "llama-3.1-70b", gpu: "h200-sxm", batch: BatchSize.Of(8)));
        var four = Run(TestScenarios.Of(model: "llama-3.1-70b", gpu: "h200-sxm", tp: 4, batch: BatchSize.Of(8)));

        four.Memory.WeightsPerGpu.Value.ShouldBe(one.Memory.WeightsPerGpu.Value / 4, tolerance: 1);
        one.Decode.CommunicationTime.ShouldBe(Seconds.Zero);
        four.Decode.CommunicationTime.Value.ShouldBeGreaterThan(2 * 80 * 8e-6); // 160 all-reduces, each at least the latency
        four.Decode.StepTime.ShouldBeLessThan(one.Decode.StepTime);
    }

    [Fact]
    public void Estimate_MlaUnderTensorParallel_KeepsWholeLatentOnEveryGpu()
    {
        var e = Run(TestScenarios.Of(model: "deepseek-v3", gpu: "h200-sxm", tp: 8, batch: BatchSize.Of(16)));

        e.Memory.KvPerRequestPerGpu.Value.ShouldBe(e.Model.KvBytesPerRequest.Value, tolerance: 1);
    }

    [Fact]
    public void Estimate_Fp8OnA100_WarnsOfWeightOnlyQuantization()
    {
        var e = Run(TestScenarios.Of(model: "llama-3.1-8b", gpu: "a100-sxm-80gb"));

        e.Warnings.ShouldContain(w => w.Code == "weight-only-quantization");
        e.Model.ComputePrecision.ShouldBe(InferCost.Architecture.Precision.Bf16);
    }

    [Fact]
    public void Estimate_ProjectedHardware_Warns()
    {
        var projected = TestCatalog.Instance.Accelerators.Values.First(a => a.Projected);

        var e = Run(TestScenarios.Of(model: "llama-3.1-8b", gpu: projected.Id));

        e.Warnings.ShouldContain(w => w.Code == "projected-hardware");
    }

    [Fact]
    public void Estimate_ExplainRecordsEveryHeadlineFigure()
    {
        var e = Run(TestScenarios.Of());
        double Result(string name) => e.Steps.Single(s => s.Name == name).Result.Value;

        Result("Decode step time").ShouldBe(e.Decode.StepTime.Value);
        Result("Cost per million output tokens").ShouldBe(e.Cost.PerMillionOutputTokens.Value);
        Result("Cost per million input tokens").ShouldBe(e.Cost.PerMillionInputTokens.Value);
        Result("Cost per productive GPU-hour").ShouldBe(e.Cost.PerGpuHour.Value);
        Result("GPU energy per output token").ShouldBe(e.Energy.JoulesPerOutputToken.Value);
        Result("Time to first token").ShouldBe(e.Latency.TimeToFirstToken.Value);
        Result("Memory required per GPU").ShouldBe(e.Memory.Required.Value);
    }

    [Fact]
    public void Estimate_WithRecordingOff_GivesTheSameFiguresAndNoSteps()
    {
        var recorded = Run(TestScenarios.Of());
        var silent = CostEstimator.Estimate(TestScenarios.Of(), InferCost.Explain.Derivation.Off()).Value;

        silent.Steps.ShouldBeEmpty();
        silent.Cost.PerMillionOutputTokens.ShouldBe(recorded.Cost.PerMillionOutputTokens);
    }

    [Fact]
    public void Estimate_InvalidValues_AreReportedByField()
    {
        var s = TestScenarios.Of(tp: 3) with { InputTokens = 0 };
        s = s with { Facility = s.Facility with { Pue = 0.9 }, Finance = s.Finance with { Utilisation = 1.5 } };

        var errors = CostEstimator.Estimate(s).Errors.Select(e => e.Field).ToList();

        // TP 3 does not split Llama 3.1 70B's 64 query heads.
        errors.ShouldBe(["tp", "input", "pue", "utilisation"], ignoreOrder: true);
    }

    [Fact]
    public void Estimate_ContextBeyondModelMaximum_IsAnError()
    {
        var result = CostEstimator.Estimate(TestScenarios.Of(model: "llama-2-7b", weights: InferCost.Architecture.Precision.Fp16, kv: InferCost.Architecture.Precision.Fp16, input: 4000, output: 512));

        result.Errors.ShouldContain(e => e.Field == "input" && e.Reason.Contains("maximum context of 4,096"));
    }
}
