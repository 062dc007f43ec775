using InferCost.Architecture;
using InferCost.Tests.Support;

namespace InferCost.Tests.Architecture;

public class MixtureOfExpertsTests
{
    [Fact]
    public void ExpertsTouched_BatchOfOne_IsTopK()
    {
        ModelProfile.ExpertsTouched(256, 8, 1).ShouldBe(8, tolerance: 1e-12);
    }

    [Fact]
    public void ExpertsTouched_LargeBatch_ApproachesAllExperts()
    {
        ModelProfile.ExpertsTouched(256, 8, 1000).ShouldBe(256, tolerance: 0.01);
    }

    [Fact]
    public void ExpertsTouched_Batch64Of256Top8_MatchesUniformRoutingFormula()
    {
        // E x (1 - (1 - k/E)^B) = 256 x (1 - (248/256)^64) = 222.6
        ModelProfile.ExpertsTouched(256, 8, 64).ShouldBe(256 * (1 - Math.Pow(248.0 / 256, 64)), tolerance: 1e-9);
    }

    [Fact]
    public void ParametersReadPerDecodeStep_Mixtral_GrowsWithBatchUpToAllWeightsLessEmbedding()
    {
        var profile = TestCatalog.Instance.Models["mixtral-8x7b"].Profile;
        var p = profile.Parameters;

        profile.ParametersReadPerDecodeStep(1).ShouldBe(p.Active - p.Embedding, tolerance: 1);
        profile.ParametersReadPerDecodeStep(10_000).ShouldBe(p.Total - p.Embedding, tolerance: p.Total * 1e-9);
        profile.ParametersReadPerDecodeStep(4).ShouldBeGreaterThan(profile.ParametersReadPerDecodeStep(2));
    }

    [Fact]
    public void Layers_DeepSeekV3_FirstThreeDenseThenMoe()
    {
        var layers = TestCatalog.Instance.Models["deepseek-v3"].Profile.Architecture.Layers;

        layers.Take(3).ShouldAllBe(l => !l.FeedForward.IsMixtureOfExperts);
        layers.Skip(3).ShouldAllBe(l => l.FeedForward.IsMixtureOfExperts && l.FeedForward.SharedExperts == 1);
    }

    [Fact]
    public void Layers_Llama4Maverick_AlternateDenseAndMoe()
    {
        var layers = TestCatalog.Instance.Models["llama-4-maverick"].Profile.Architecture.Layers;

        layers[0].FeedForward.IsMixtureOfExperts.ShouldBeFalse();
        layers[0].FeedForward.DenseIntermediate.ShouldBe(16384);
        layers[1].FeedForward.RoutedExperts.ShouldBe(128);
        layers.Count(l => l.FeedForward.IsMixtureOfExperts).ShouldBe(24);
    }
}
