using InferCost.Architecture;
using InferCost.Performance;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Performance;

/// <summary>Precision per operator: attention at the KV precision, a BF16 embedding and LM head, FP4 block scales.</summary>
public class OperatorPrecisionTests
{
    [Fact]
    public void AttentionTime_Fp4WeightsFp8Kv_RunsAtTheFp8RateNotTheFp4Rate()
    {
        var c = new ScenarioContext(TestScenarios.Of(gpu: "b200", weights: Precision.Fp4, kv: Precision.Fp8));
        var f = c.Accelerator.Efficiency.ComputeFraction;

        // The weights' GEMMs run at the FP4 rate and attention on an FP8 cache at the FP8 rate, each what the board
        // sustains under its power cap at that precision: the same rates an FP4-weight and an FP8-weight scenario run at.
        var fp8 = new ScenarioContext(TestScenarios.Of(gpu: "b200", weights: Precision.Fp8, kv: Precision.Fp8));
        c.AttentionPeakCompute.ShouldBe(fp8.PeakCompute);
        c.AttentionPeakCompute.Value.ShouldBeLessThan(c.PeakCompute.Value);

        // 9 TFLOP of attention and nothing else: 9e12 / (FP8 FLOP/s x f), not 9e12 / (FP4 FLOP/s x f).
        var work = new StepWork(Bytes.Zero, Bytes.Zero, Bytes.Zero, Flops.Zero, Flops.Zero, new Flops(9e12));
        KernelTimes.Of(work, c.Rates).Attention.Value.ShouldBe(9e12 / (fp8.PeakCompute.Value * f), tolerance: 1e-15);
    }

    [Fact]
    public void AttentionPeak_Bf16Kv_IsTheBf16RateAndFp4KvIsDequantisedToFp8()
    {
        // The rate a BF16-weight (resp. FP8-weight) scenario runs its GEMMs at on the same board.
        var bf16 = new ScenarioContext(TestScenarios.Of(gpu: "b200", weights: Precision.Bf16, kv: Precision.Bf16)).PeakCompute;
        var fp8 = new ScenarioContext(TestScenarios.Of(gpu: "b200", weights: Precision.Fp8, kv: Precision.Fp8)).PeakCompute;
        new ScenarioContext(TestScenarios.Of(gpu: "b200", weights: Precision.Fp4, kv: Precision.Bf16)).AttentionPeakCompute.ShouldBe(bf16);
        new ScenarioContext(TestScenarios.Of(gpu: "b200", weights: Precision.Fp4, kv: Precision.Fp4)).AttentionPeakCompute.ShouldBe(fp8);
    }

    [Fact]
    public void WeightsPerGpu_Fp8Llama8b_KeepsTheEmbeddingAndLmHeadAtBf16()
    {
        var c = new ScenarioContext(TestScenarios.Of(model: "llama-3.1-8b", weights: Precision.Fp8));
        var total = c.Profile.Parameters.Total;

        // Untied: the embedding and the LM head are each V x d = 128,256 x 4,096 = 525,336,576 values at 2 bytes;
        // everything else at 1 byte: total + 2 x 525,336,576 bytes.
        MemoryPlanner.WeightsPerGpu(c).Value.ShouldBe(total + (2 * 525_336_576.0), tolerance: 1);
        c.HeadBytesPerValue.ShouldBe(2.0);
    }

    [Fact]
    public void WeightsPerGpu_Bf16Checkpoint_IsEveryParameterAtTwoBytes()
    {
        var c = new ScenarioContext(TestScenarios.Of(model: "llama-3.1-8b", weights: Precision.Bf16, kv: Precision.Bf16));

        MemoryPlanner.WeightsPerGpu(c).Value.ShouldBe(c.Profile.Parameters.Total * 2, tolerance: 1);
    }

    [Fact]
    public void DecodeWork_Fp8Llama8b_ReadsTheLmHeadAtTwoBytesAndRunsItAtTheBf16Rate()
    {
        var c = new ScenarioContext(TestScenarios.Of(model: "llama-3.1-8b", weights: Precision.Fp8));
        var w = DecodeStepModel.Work(c, 1, 100);

        // Read: all but the input embedding (a lookup), the LM head (525,336,576 values) at 2 bytes.
        var p = c.Profile.Parameters;
        w.WeightBytes.Value.ShouldBe(p.Total - p.Embedding + 525_336_576.0, tolerance: 1);
        w.HeadFlops.Value.ShouldBe(2 * 525_336_576.0);
        c.HeadPeakCompute.ShouldBe(new ScenarioContext(TestScenarios.Of(model: "llama-3.1-8b", weights: Precision.Bf16, kv: Precision.Bf16)).PeakCompute);
    }

    [Fact]
    public void BytesPerValue_Fp4_CountsItsBlockScales()
    {
        // NVFP4: 4 bits + one 8-bit E4M3 scale per 16 values = 4.5 bits; MXFP4: 4 + 8/32 = 4.25 bits.
        PrecisionFacts.BytesPerValue(Precision.Fp4, Fp4Format.Nvfp4).ShouldBe(0.5625);
        PrecisionFacts.BytesPerValue(Precision.Fp4, Fp4Format.Mxfp4).ShouldBe(0.53125);
        new ScenarioContext(TestScenarios.Of(gpu: "b200", weights: Precision.Fp4)).WeightBytesPerValue.ShouldBe(0.5625);
        new ScenarioContext(TestScenarios.Of(gpu: "mi355x", weights: Precision.Fp4)).WeightBytesPerValue.ShouldBe(0.53125);
    }
}
