using CsCheck;
using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Estimation;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Performance;

/// <summary>
/// Block-scaled FP8 checkpoints (DeepSeek-V3's 128 x 128 weight blocks): read from the config, run at the stack's
/// block-FP8 kernel efficiency in both bandwidth and FLOP/s, and only where the weights really are block-scaled FP8.
/// </summary>
public class BlockScaledFp8Tests
{
    [Theory]
    [InlineData("deepseek-v3", true)]
    [InlineData("deepseek-r1", true)]
    [InlineData("kimi-k2", true)]
    [InlineData("llama-3.1-70b", false)]
    [InlineData("gpt-oss-120b", false)] // an MXFP4 quantization_config, not block-scaled FP8
    [InlineData("qwen3-235b-a22b", false)]
    public void Config_WeightBlockSize_MarksTheCheckpointBlockScaled(string model, bool blockScaled)
    {
        TestCatalog.Instance.Models[model].Profile.Architecture.BlockScaledFp8.ShouldBe(blockScaled);
    }

    [Theory]
    [InlineData("[128]", "must be two whole numbers >= 1")]
    [InlineData("[128, 0]", "must be two whole numbers >= 1")]
    [InlineData("[128, 12.5]", "must be an array of whole numbers")]
    public void Config_BadWeightBlockSize_NamesTheFieldAndWhatIsAllowed(string blockSize, string reason)
    {
        var json = """
            { "model_type": "llama", "hidden_size": 4096, "num_hidden_layers": 2, "num_attention_heads": 32, "vocab_size": 32000,
              "intermediate_size": 14336, "quantization_config": { "quant_method": "fp8", "weight_block_size": BLOCK } }
            """.Replace("BLOCK", blockSize, StringComparison.Ordinal);

        var result = HfConfigParser.Parse(json, "config.json");

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Source == "config.json quantization_config" && e.Field == "weight_block_size" && e.Reason.Contains(reason), string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("deepseek-v3", Precision.Fp8, 0.3)] // block-scaled checkpoint served at FP8: the stack's block-FP8 kernels
    [InlineData("deepseek-v3", Precision.Bf16, 1.0)] // the same model in BF16 runs ordinary GEMMs
    [InlineData("llama-3.1-70b", Precision.Fp8, 1.0)] // a per-tensor FP8 checkpoint
    public void WeightFormatFraction_IsTheStacksBlockFp8EfficiencyOnlyForBlockScaledFp8(string model, Precision weights, double expected)
    {
        var s = TestScenarios.Of(model, gpu: "h200-sxm", tp: 8, weights: weights, stack: "vllm-v0");
        s.Stack.Factors.BlockFp8Efficiency.ShouldBe(0.3); // vllm-v0's prior (data/stacks/vllm-v0.yaml)

        new ScenarioContext(s).WeightFormatFraction.ShouldBe(expected);
    }

    [Theory]
    [InlineData("h200-sxm", 0.3)] // Hopper: wgmma takes no scales; partial sums are promoted on the CUDA cores
    [InlineData("mi300x", 0.3)] // CDNA 3: the same
    [InlineData("b200", 1.0)] // Blackwell: tcgen05 block_scale MMA applies the scales itself
    [InlineData("mi355x", 1.0)] // CDNA 4: MFMA_SCALE
    public void WeightFormatFraction_MatrixUnitsThatScaleBlocksThemselves_RunAtPerTensorRates(string gpu, double expected)
    {
        var s = TestScenarios.Of("deepseek-v3", gpu: gpu, tp: 8, weights: Precision.Fp8, stack: "vllm-v0");

        new ScenarioContext(s).WeightFormatFraction.ShouldBe(expected);
    }

    [Fact]
    public void KernelTimes_BlockScaled_DivideTheWeightGemmsRatesButNotTheHeadsOrAttentions()
    {
        // Hand arithmetic. Bandwidth 1 TB/s, FLOP/s 100 T (head 50 T, attention 80 T), expert fraction 0.5, f_fmt 0.25.
        // Weights 10 GB of which experts 4 GB and head 1 GB; activations 0.5 GB; KV 2 GB.
        // Dense bytes: (10 - 4 - 1) GB / (1 TB/s x 0.25) + (1 + 0.5) GB / 1 TB/s = 20 ms + 1.5 ms = 21.5 ms.
        // Dense compute: (60 - 20 - 5) TFLOP / (100 T x 0.25) + 5 TFLOP / 50 T = 1.4 s + 0.1 s = 1.5 s, so dense = 1.5 s.
        // Experts: max(4 GB / (1 TB/s x 0.5 x 0.25), 30 TFLOP / (100 T x 0.5 x 0.25)) = max(32 ms, 2.4 s) = 2.4 s.
        // Attention: max(2 GB / 1 TB/s, 8 TFLOP / 80 T) = max(2 ms, 100 ms) = 100 ms (no f_fmt: it runs at the KV precision).
        var w = new StepWork(
            WeightBytes: new Bytes(10e9), KvBytes: new Bytes(2e9), ActivationBytes: new Bytes(0.5e9),
            LinearFlops: new Flops(60e12), ExpertFlops: new Flops(20e12), AttentionFlops: new Flops(8e12),
            ExpertWeightBytes: new Bytes(4e9), ExpertGemmFlops: new Flops(30e12), HeadFlops: new Flops(5e12), HeadBytes: new Bytes(1e9));
        var r = new KernelRates(
            new BytesPerSecond(1e12), new FlopsPerSecond(100e12), new FlopsPerSecond(80e12),
            new FlopsPerSecond(50e12), ExpertFraction: 0.5, WeightFormatFraction: 0.25);

        var k = KernelTimes.Of(w, r);

        k.Experts.Value.ShouldBe(2.4, tolerance: 1e-12);
        k.Linear.Value.ShouldBe(1.5 + 2.4, tolerance: 1e-12);
        k.Attention.Value.ShouldBe(0.1, tolerance: 1e-12);

        // With f_fmt = 1 the same work takes what it took before block scaling was modelled: dense max(6.5 ms, 0.45 s).
        var plain = KernelTimes.Of(w, r with { WeightFormatFraction = 1.0 });
        plain.Linear.Value.ShouldBe(0.45 + 0.6, tolerance: 1e-12);
    }

    [Fact]
    public void BetterBlockFp8Kernels_NeverMakeAStepSlower()
    {
        Gen.Select(Gen.Double[0.1, 1.0], Gen.Double[0.0, 0.9], Gen.Int[1, 256]).Sample((f, more, batch) =>
        {
            var s = TestScenarios.Of("deepseek-v3", gpu: "h200-sxm", tp: 8, weights: Precision.Fp8, batch: BatchSize.Of(batch));
            var slower = CostEstimator.Estimate(WithBlockFp8(s, f)).Value.Decode.StepTime.Value;
            var faster = CostEstimator.Estimate(WithBlockFp8(s, Math.Min(1.0, f + more))).Value.Decode.StepTime.Value;
            faster.ShouldBeLessThanOrEqualTo(slower * (1 + 1e-12));
        }, iter: 40);
    }

    private static Scenario WithBlockFp8(Scenario s, double f) =>
        s with { Stack = s.Stack with { Factors = s.Stack.Factors with { BlockFp8Efficiency = f } } };
}
