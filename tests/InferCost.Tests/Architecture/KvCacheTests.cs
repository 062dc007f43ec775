using InferCost.Architecture;
using InferCost.Tests.Support;

namespace InferCost.Tests.Architecture;

public class KvCacheTests
{
    [Fact]
    public void KvBytesPerToken_Llama31_70B_IsTwoTimesEightKvHeadsTimes128Times80PerByte()
    {
        var profile = TestCatalog.Instance.Models["llama-3.1-70b"].Profile;

        profile.KvBytesPerToken(Precision.Bf16).Value.ShouldBe(2 * 8 * 128 * 80 * 2); // 327,680 B: GQA, not the essay's 2.5 MiB
        profile.KvBytesPerToken(Precision.Fp8).Value.ShouldBe(2 * 8 * 128 * 80 * 1);
    }

    [Fact]
    public void KvBytesPerToken_EssayMhaShape_Is2Point5MiB()
    {
        var profile = new ModelProfile(EssayModel.Architecture);

        profile.KvBytesPerToken(Precision.Fp16).Value.ShouldBe(2_621_440); // holds for MHA, as ERRATA says
    }

    [Fact]
    public void KvBytesPerToken_DeepSeekV3Mla_IsLatentPlusRopeTimesLayers()
    {
        var profile = TestCatalog.Instance.Models["deepseek-v3"].Profile;

        profile.Architecture.Attention.Kind.ShouldBe(AttentionKind.MultiHeadLatent);
        profile.KvBytesPerToken(Precision.Bf16).Value.ShouldBe((512 + 64) * 61 * 2);
    }

    [Fact]
    public void KeptPositions_GptOssSlidingLayers_CapAtWindow()
    {
        var profile = TestCatalog.Instance.Models["gpt-oss-120b"].Profile;

        profile.FullAttentionLayers.ShouldBe(18);
        profile.WindowedLayers.ShouldBe(18);
        profile.KeptPositions(100).ShouldBe(36 * 100);
        profile.KeptPositions(100_000).ShouldBe((18 * 100_000) + (18 * 128));
    }

    [Fact]
    public void KeptPositions_Llama4Scout_ChunkedLayersCapAt8192()
    {
        var profile = TestCatalog.Instance.Models["llama-4-scout"].Profile;

        profile.FullAttentionLayers.ShouldBe(12);
        profile.KeptPositions(65_536).ShouldBe((12 * 65_536) + (36 * 8_192));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1000, 0)]
    [InlineData(1000, 128)]
    [InlineData(5, 128)]
    public void PrefillAttentionPairs_MatchesBruteForceCausalCount(int tokens, int window)
    {
        var arch = EssayModel.Architecture with
        {
            Layers = [new LayerShape(FeedForwardShape.Dense(8), window == 0 ? null : window)],
        };
        var profile = new ModelProfile(arch);
        double expected = 0;
        for (var i = 1; i <= tokens; i++)
        {
            expected += window == 0 ? i : Math.Min(i, window);
        }

        profile.PrefillAttentionPairs(tokens).ShouldBe(expected);
    }
}
