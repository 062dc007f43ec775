using InferCost.Architecture;
using InferCost.Deployment;
using InferCost.Estimation;
using InferCost.Results;
using InferCost.Tests.Support;

namespace InferCost.Tests.Deployment;

/// <summary>Layouts and precisions no serving stack would start are refused with the field, what was wrong and what is allowed.</summary>
public class DeploymentRulesTests
{
    [Fact]
    public void Check_TpThreeOnSixtyFourQueryAndEightKvHeads_IsATpErrorListingTheDegreesThatWork()
    {
        var s = TestScenarios.Of(tp: 3);

        var e = DeploymentRules.Check(s.Deployment, s.Model, s.Kv).ShouldHaveSingleItem();

        (e.Field, e.Code).ShouldBe(("tp", ErrorCodes.TpDoesNotDivideHeads));
        e.Reason.ShouldContain("is 3, but llama-3.1-70b has 64 query heads and 8 KV heads");
        e.Reason.ShouldContain("allowed: 1, 2, 4, 8, 16, 32, 64 (beyond h200-sxm's 8-GPU scale-up domain");
    }

    [Theory]
    [InlineData(64, 8, 16, true)] // KV heads replicated twice
    [InlineData(64, 8, 8, true)]
    [InlineData(64, 8, 3, false)] // query heads do not divide
    [InlineData(48, 8, 6, false)] // query heads divide, KV heads neither divide nor are divided
    [InlineData(40, 8, 16, false)] // Llama 4: 40 heads stop at 8
    [InlineData(32, 4, 8, true)]
    public void SplitsHeads_GroupedQuery_FollowsVllmRule(int heads, int kvHeads, int tp, bool splits) =>
        DeploymentRules.SplitsHeads(new AttentionShape(AttentionKind.GroupedQuery, heads, kvHeads, 128), tp).ShouldBe(splits);

    [Theory]
    [InlineData(128, 16, true)]
    [InlineData(128, 3, false)]
    public void SplitsHeads_Mla_NeedsOnlyTheQueryHeadsToDivide(int heads, int tp, bool splits) =>
        DeploymentRules.SplitsHeads(new AttentionShape(AttentionKind.MultiHeadLatent, heads, heads, 128, KvLoraRank: 512, QkRopeHeadDim: 64), tp).ShouldBe(splits);

    [Theory]
    [InlineData("h100-sxm")]
    [InlineData("h200-sxm")]
    [InlineData("a100-sxm-80gb")]
    [InlineData("mi300x")]
    [InlineData("gaudi3")]
    [InlineData("tpu-v6e")]
    public void Estimate_Fp4KvWithoutFp4TensorCores_IsAKvErrorSayingWhatIsAllowed(string gpu)
    {
        var result = CostEstimator.Estimate(TestScenarios.Of(model: "llama-3.1-8b", gpu: gpu, kv: Precision.Fp4));

        var e = result.Errors.ShouldHaveSingleItem();
        (e.Field, e.Code).ShouldBe(("kv", ErrorCodes.UnsupportedKvPrecision));
        e.Reason.ShouldContain($"fp4 is not supported for the KV cache on {gpu}");
        e.Reason.ShouldContain("use fp8, bf16 or fp16");
    }

    [Theory]
    [InlineData("b200")]
    [InlineData("mi355x")]
    public void Estimate_Fp4KvWithFp4TensorCores_IsEstimated(string gpu) =>
        CostEstimator.Estimate(TestScenarios.Of(model: "llama-3.1-8b", gpu: gpu, weights: Precision.Fp4, kv: Precision.Fp4)).Succeeded.ShouldBeTrue();

    [Fact]
    public void LayoutOf_GpusNotAMultipleOfTp_IsAGpusError()
    {
        var e = DeploymentRules.LayoutOf(6, 4).Errors.ShouldHaveSingleItem();

        (e.Field, e.Code).ShouldBe(("gpus", ErrorCodes.GpusNotMultipleOfTp));
        e.Reason.ShouldBe("must be a multiple of tp (4): each replica is one tensor-parallel group; found 6.");
    }

    [Fact]
    public void LayoutOf_ZeroOfEither_NamesBothFields() =>
        DeploymentRules.LayoutOf(0, 0).Errors.Select(e => e.Field).ShouldBe(["gpus", "tp"]);

    [Fact]
    public void LayoutOf_EightGpusInGroupsOfTwo_IsFourReplicasAndEveryShardingAnswerIsTp()
    {
        var layout = DeploymentRules.LayoutOf(8, 2).Value;

        (layout.Replicas, layout.GpusPerReplica, layout.Gpus).ShouldBe((4, 2, 8));
        new[] { layout.WeightShards, layout.AttentionHeadShards, layout.KvShards, layout.CollectiveGroup }.ShouldAllBe(x => x == 2);
    }

    [Fact]
    public void Levers_Fp4KvOnHopper_IsSkippedWithTheReasonNeverCheapest()
    {
        var s = TestScenarios.Of();
        var levers = InferCost.Analysis.LeverRanges.For(s, [], []);

        var result = InferCost.Analysis.LeverAnalysis.Run(s, levers).Value;

        result.Skipped.ShouldContain(k => k.Setting.Scenario.Kv == Precision.Fp4 && k.Reason.Contains("not supported for the KV cache"));
        result.Swings.Single(w => w.Lever.Kind == InferCost.Analysis.LeverKind.KvPrecision).Low.Setting.Scenario.Kv.ShouldNotBe(Precision.Fp4);
    }

    [Fact]
    public void Scenario_WithLayout_KeepsTheAcceleratorAndChangesOnlyTheLayout()
    {
        var s = TestScenarios.Of(tp: 2, gpus: 4);

        var wider = s.WithLayout(s.Layout.WithTensorParallel(4));

        (wider.Accelerator, wider.TensorParallel, wider.Replicas, wider.Gpus).ShouldBe((s.Accelerator, 4, 2, 8));
        wider.ShouldBe(s with { Deployment = new AcceleratorDeployment(s.Accelerator, new ParallelLayout(4, 2)) });
    }
}
