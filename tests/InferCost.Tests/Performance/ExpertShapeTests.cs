using InferCost.Architecture;
using InferCost.Performance;
using InferCost.Tests.Support;

namespace InferCost.Tests.Performance;

/// <summary>MoE by shape: tokens per expert, grouped GEMMs padded to the MMA tile, permute traffic, interleaved layers.</summary>
public class ExpertShapeTests
{
    // Mixtral 8x7B: 32 MoE layers, 8 experts, k = 2, d = 4,096, expert width 14,336, gated: 3 x 4,096 x 14,336 = 176,160,768 per expert.
    private const double MixtralExpert = 176_160_768;

    [Fact]
    public void TokensPerTouchedExpert_MixtralBatch8_IsBkOverTheExpertsTouched()
    {
        var p = TestCatalog.Instance.Models["mixtral-8x7b"].Profile;

        // E_touched = 8 x (1 - (6/8)^8) = 8 x (1 - 0.1001129150390625) = 7.1990966796875; M = 8 x 2 / 7.1990966796875.
        ModelProfile.ExpertsTouched(8, 2, 8).ShouldBe(7.1990966796875, tolerance: 1e-12);
        p.TokensPerTouchedExpert(8).ShouldBe(16 / 7.1990966796875, tolerance: 1e-12);
    }

    [Fact]
    public void ExpertGemmFlops_MixtralBatch8_PadsEachExpertToTheTileAndIsExactWithoutOne()
    {
        var p = TestCatalog.Instance.Models["mixtral-8x7b"].Profile;

        // Tile 64: each of the 7.199 touched experts computes 64 rows: 32 x 7.1990966796875 x 64 x 2 x N_expert.
        p.ExpertGemmFlops(8, 64).ShouldBe(32 * 7.1990966796875 * 64 * 2 * MixtralExpert, tolerance: 1e3);

        // No tile: exactly the useful FLOPs, tokens x k x layers x 2 x N_expert.
        p.ExpertGemmFlops(8, 1).ShouldBe(8 * 2 * 32 * 2 * MixtralExpert, tolerance: 1e3);
        ModelProfile.PaddedRows(65, 64).ShouldBe(128);
    }

    [Fact]
    public void ExpertTime_MixtralBatch8OnH200_IsReadingTheTouchedExpertsNotThePaddedFlops()
    {
        var c = new ScenarioContext(TestScenarios.Of(model: "mixtral-8x7b", weights: Precision.Fp8, batch: InferCost.Scenarios.BatchSize.Of(8)));
        var w = DecodeStepModel.Work(c, 8, 4351.5);
        var k = KernelTimes.Of(w, c.Rates);

        // Touched experts' bytes: 32 x 7.1990966796875 x N_expert x 1 B = 40.58 GB; at H200's 4.8 TB/s x f_bw they take
        // ~10 ms / f_expert (the stack's grouped GEMM reaches f_expert of a dense GEMM's bandwidth), while 5.19 TFLOP of
        // padded GEMM at 1,979 TFLOP/s x f x f_expert take ~4 ms / f_expert: the skinny GEMM is memory-bound.
        var expertBytes = 32 * 7.1990966796875 * MixtralExpert;
        w.ExpertWeightBytes.Value.ShouldBe(expertBytes, tolerance: 1);
        w.ExpertGemmFlops.Value.ShouldBe(32 * 7.1990966796875 * 64 * 2 * MixtralExpert, tolerance: 1e3);
        k.Experts.Value.ShouldBe(expertBytes / (c.AchievableBandwidth.Value * c.Scenario.Stack.Factors.ExpertEfficiency), tolerance: 1e-12);
    }

    [Fact]
    public void PermuteBytes_Mixtral_Are2TimesKPlusOneHiddenVectorsPerMoeLayer()
    {
        var c = new ScenarioContext(TestScenarios.Of(model: "mixtral-8x7b"));

        // 32 MoE layers x 2 x (2 + 1) x 4,096 values x 2 B = 1,572,864 B per token.
        c.PermuteBytesPerToken.ShouldBe(1_572_864);
        var w = DecodeStepModel.Work(c, 8, 1000);
        w.ActivationBytes.Value.ShouldBe(8 * (c.ActivationBytesPerToken + 1_572_864), tolerance: 1e-3);
    }

    [Fact]
    public void DenseModel_HasNoExpertWorkAndNoPermute()
    {
        var c = new ScenarioContext(TestScenarios.Of());
        var w = DecodeStepModel.Work(c, 8, 1000);

        c.PermuteBytesPerToken.ShouldBe(0);
        w.ExpertWeightBytes.Value.ShouldBe(0);
        w.ExpertGemmFlops.Value.ShouldBe(0);
        KernelTimes.Of(w, c.Rates).Experts.Value.ShouldBe(0);
    }

    [Fact]
    public void Maverick_InterleavedMoe_CountsTwentyFourMoeAndTwentyFourDenseLayers()
    {
        var p = TestCatalog.Instance.Models["llama-4-maverick"].Profile;

        // interleave_moe_layer_step 2 over 48 layers: layers 1, 3, ..., 47 are MoE; the others dense with
        // intermediate_size_mlp 16,384: 24 x 3 x 5,120 x 16,384 dense FFN parameters.
        p.MoeLayers.ShouldBe(24);
        p.Architecture.LayerCount.ShouldBe(48);
        p.Parameters.DenseFeedForward.ShouldBe(24 * 3 * 5_120 * 16_384.0);

        // Permute only in the MoE layers: 24 x 2 x (1 + 1) x 5,120 values.
        p.PermuteValuesPerToken.ShouldBe(24 * 2 * 2 * 5_120.0);
    }
}
