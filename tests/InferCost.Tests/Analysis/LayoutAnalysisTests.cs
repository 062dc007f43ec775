using InferCost.Analysis;
using InferCost.Deployment;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Tests.Support;

namespace InferCost.Tests.Analysis;

public class LayoutAnalysisTests
{
    private static Scenario DeepSeek(string gpu = "h200-sxm") => TestScenarios.Of(model: "deepseek-v3", gpu: gpu, batch: BatchSize.Max);

    [Theory]
    [InlineData(8, 19)]
    [InlineData(16, 29)]
    [InlineData(72, 20)]
    public void Candidates_Moe_MultiplyToTheGpusWithPowerOfTwoTpAndPpAndEpOneOrTheStage(int gpus, int expected)
    {
        // 8: pp 1, 2, 4, 8 give 4 + 3 + 2 + 1 (tp, pp) pairs, each with ep 1 and ep = stage except the one-GPU stage: 10 x 2 - 1.
        // 16: 5 + 4 + 3 + 2 + 1 = 15 pairs, 15 x 2 - 1. 72 = 8 x 9: pp 1, 2, 4, 8 (stages 72, 36, 18, 9), tp up to 8, 4, 2, 1: 10 pairs x 2.
        var s = DeepSeek();
        var layouts = LayoutAnalysis.Candidates(s.Model, gpus, s.Layout);
        layouts.Count.ShouldBe(expected);
        layouts.Distinct().Count().ShouldBe(expected);
        foreach (var l in layouts)
        {
            (l.TensorParallel * l.AttentionGroups * l.PipelineParallel).ShouldBe(gpus);
            l.GpusPerReplica.ShouldBe(gpus);
            l.Replicas.ShouldBe(1);
            System.Numerics.BitOperations.IsPow2(l.TensorParallel).ShouldBeTrue();
            System.Numerics.BitOperations.IsPow2(l.PipelineParallel).ShouldBeTrue();
            l.ExpertParallel.ShouldBeOneOf(1, l.StageGpus);
        }
    }

    [Fact]
    public void Candidates_Dense_HaveNoExpertParallelism()
    {
        var s = TestScenarios.Of(model: "llama-3.1-70b");
        var layouts = LayoutAnalysis.Candidates(s.Model, 8, s.Layout);
        layouts.Count.ShouldBe(10);
        layouts.ShouldAllBe(l => l.ExpertParallel == 1);
    }

    [Fact]
    public void Candidates_ExpertParallelOnes_KeepTheExpertPlacement_OthersDoNot()
    {
        var s = DeepSeek();
        var placement = s.Layout with { ExpertSkew = 1.4, RedundantExperts = 32 };
        foreach (var l in LayoutAnalysis.Candidates(s.Model, 16, placement))
        {
            l.ExpertSkew.ShouldBe(l.ExpertParallel > 1 ? 1.4 : 1.0);
            l.RedundantExperts.ShouldBe(l.ExpertParallel > 1 ? 32 : 0);
        }
    }

    [Fact]
    public void Evaluate_EveryListedLayoutPassesTheRules_EveryRefusedOneSaysWhy_NoneDropped()
    {
        var s = DeepSeek("gb200");
        var d = LayoutAnalysis.Evaluate(new LayoutDeployment(s, 72));
        (d.Rows.Count + d.Rejected.Count).ShouldBe(LayoutAnalysis.Candidates(s.Model, 72, s.Layout).Count);
        foreach (var row in d.Rows)
        {
            row.Layout.GpusPerReplica.ShouldBe(72);
            DeploymentRules.Check(s.WithLayout(row.Layout).Deployment, s.Model, s.Kv).ShouldBeEmpty();
        }

        // 256 routed experts divide by none of 72, 36, 18, 9: every expert-parallel layout of an NVL72 is refused, on ep.
        d.Rejected.Count.ShouldBe(10);
        d.Rejected.ShouldAllBe(r => r.Layout.ExpertParallel > 1 && r.Reasons.Count > 0 && r.Reasons[0].Field == "ep");
        d.Rows.ShouldAllBe(r => r.Layout.ExpertParallel == 1);

        // With 32 redundant experts, 288 slots divide by 72, 36, 18 and 9: nothing is refused.
        var redundant = LayoutAnalysis.Evaluate(new LayoutDeployment(s.WithLayout(s.Layout with { RedundantExperts = 32 }), 72));
        redundant.Rejected.ShouldBeEmpty();
        redundant.Rows.Count.ShouldBe(20);
    }

    [Fact]
    public void Evaluate_RanksByOutputCost_CheapestFirst_UnfitLast()
    {
        var d = LayoutAnalysis.Evaluate(new LayoutDeployment(DeepSeek(), 16));
        var fitting = d.Fitting.ToList();
        fitting.Count.ShouldBeGreaterThan(1);
        var costs = fitting.Select(r => r.Estimate!.Cost.PerMillionOutputTokens.Value).ToList();
        costs.ShouldBe([.. costs.Order()]);
        d.Cheapest.ShouldBeSameAs(fitting[0]);
        fitting[0].RelativeToCheapest.ShouldBe(1);
        fitting.ShouldAllBe(r => r.RelativeToCheapest >= 1 && double.IsFinite(r.RelativeToCheapest!.Value));
        d.Rows.SkipWhile(r => r.Fits).ShouldAllBe(r => !r.Fits && r.Reasons.Count > 0);
    }

    [Fact]
    public void Evaluate_EachRow_IsTheEnginesEstimateOfThatLayout_AndItsRatesAgree()
    {
        var s = DeepSeek();
        var row = LayoutAnalysis.Evaluate(new LayoutDeployment(s, 8)).Cheapest!;
        var direct = CostEstimator.Estimate(s.WithLayout(row.Layout), Derivation.Off()).Value;
        var e = row.Estimate!;
        e.Cost.PerMillionOutputTokens.Value.ShouldBe(direct.Cost.PerMillionOutputTokens.Value);
        e.Scenario.Gpus.ShouldBe(8);

        // $/1M output = $/GPU-hour / (decode tokens/s per GPU x 3,600 s) x 10^6; steady tokens/s per GPU = system steady / 8.
        var perGpu = e.Throughput.DecodeOutputTokensPerSecondPerGpu.Value;
        (e.Cost.PerGpuHour.Value / (perGpu * 3600) * 1e6).ShouldBe(e.Cost.PerMillionOutputTokens.Value, tolerance: e.Cost.PerMillionOutputTokens.Value * 1e-9);
        row.SteadyOutputTokensPerSecondPerGpu!.Value.Value.ShouldBe(e.Throughput.SteadyOutputTokensPerSecond.Value / 8, tolerance: 1e-9);
    }

    [Fact]
    public void Evaluate_ALayoutThatDoesNotFit_IsListedWithTheEnginesMemoryReason()
    {
        // 671 G FP8 parameters cannot fit on 2 x 80 GB in any layout.
        var d = LayoutAnalysis.Evaluate(new LayoutDeployment(DeepSeek("h100-sxm"), 2));
        d.Cheapest.ShouldBeNull();
        d.Rows.Count.ShouldBe(5);
        d.Rows.ShouldAllBe(r => r.Reasons.Count > 0 && r.Reasons[0].Field == "batch");
        LayoutAnalysis.NothingFits(d)!.ShouldStartWith("nothing fits on 2 x h100-sxm: none of its 5 layouts");
    }

    [Fact]
    public void Compare_NothingFitsAnywhere_FailsWithOneErrorPerDeployment_ElseKeepsTheUnfitDeployment()
    {
        var none = LayoutAnalysis.Compare([new(DeepSeek("h100-sxm"), 1), new(DeepSeek("h100-sxm"), 2)]);
        none.Succeeded.ShouldBeFalse();
        none.Errors.Count.ShouldBe(2);
        none.Errors.ShouldAllBe(e => e.Source == LayoutAnalysis.Input && e.Reason.StartsWith("nothing fits on", StringComparison.Ordinal));

        var some = LayoutAnalysis.Compare([new(DeepSeek("h100-sxm"), 1), new(DeepSeek(), 8)]).Value;
        some.Deployments.Count.ShouldBe(2);
        some.Deployments[0].Cheapest.ShouldBeNull();
        some.Cheapest!.Value.Deployment.ShouldBeSameAs(some.Deployments[1]);

        LayoutAnalysis.Compare([]).Errors.Single().Source.ShouldBe(LayoutAnalysis.Input);
    }

    [Fact]
    public void DefaultDeployments_MoeGetsTwoServersAndAnNvl72_DenseGetsOneToEightGpus()
    {
        LayoutAnalysis.DefaultDeployments(DeepSeek().Model, "h200-sxm")
            .ShouldBe([new("h200-sxm", 8), new("h200-sxm", 16), new("gb200", 72)]);
        LayoutAnalysis.DefaultDeployments(TestScenarios.Of().Model, "h100-sxm").Select(d => d.Gpus).ShouldBe([1, 2, 4, 8]);
        TestCatalog.Instance.Accelerators.ContainsKey(LayoutAnalysis.RackScaleAcceleratorId).ShouldBeTrue();
    }
}
