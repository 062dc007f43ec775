using InferCost.Catalog;
using InferCost.Economics.Projection;
using InferCost.Scenarios;
using InferCost.Tests.Support;

namespace InferCost.Tests.Projection;

public class ProjectionAnalysisTests
{
    private static GenerationProjection Run(Scenario s) =>
        ProjectionAnalysis.Run(s, TestCatalog.Instance, GenerationOverrides.None, CostStackOverrides.None, fixedPrice: false).Value;

    [Fact]
    public void Run_Default_EstimatesEachGenerationOnItsOwnAcceleratorAndPrice()
    {
        var p = Run(TestScenarios.Of());
        p.Generations.Count.ShouldBe(9);
        foreach (var g in p.Generations.Where(g => g.Estimate is not null))
        {
            g.Estimate!.Scenario.Accelerator.ShouldBe(g.Generation.Accelerator);
            g.Estimate.Scenario.Finance.GpuPrice.ShouldBe(g.Generation.Accelerator.Price);
            g.Estimate.Cost.Breakdown.Sum(c => c.Share).ShouldBe(1, 1e-9);
        }

        p.Generations.Where(g => g.Generation.Extrapolated).ShouldAllBe(g => g.Estimate!.Warnings.Any(w => w.Code == "projected-hardware"));
    }

    [Fact]
    public void Run_AGenerationTooSmall_SaysWhyInsteadOfFailing()
    {
        // 70B at FP8 with 64 requests of 4.6K tokens needs ~122 GB per GPU: an 80 GB A100 cannot hold it.
        var a100 = Run(TestScenarios.Of()).Generations[0];
        a100.Estimate.ShouldBeNull();
        a100.WhyNot.ShouldContain("batch 64 does not fit");
        a100.UtilisationAtBatchOne.ShouldNotBeNull();
    }

    [Fact]
    public void Run_Utilisation_IsTheEstimatesDecodeIntensityOverTheRidge()
    {
        var h200 = Run(TestScenarios.Of()).Generations.Single(g => g.Generation.Accelerator.Id == "h200-sxm");
        var d = h200.Estimate!.Decode;
        var ridge = 1978.9e12 / 4.8e12;
        h200.Utilisation!.Utilisation.ShouldBe(d.Flops.Value / d.Bytes.Value / ridge, 1e-9);
        h200.UtilisationAtBatchOne!.Utilisation.ShouldBeLessThan(h200.Utilisation.Utilisation);
        h200.UtilisationAtBatchOne.Utilisation.ShouldBeLessThan(0.01, "essay 000: below 1% at batch 1");
    }

    [Fact]
    public void Run_FixedPrice_KeepsTheScenariosCapex()
    {
        var s = TestScenarios.Of();
        var p = ProjectionAnalysis.Run(s, TestCatalog.Instance, GenerationOverrides.None, CostStackOverrides.None, fixedPrice: true).Value;
        p.Generations.Select(g => g.Scenario.Finance.GpuPrice).ShouldAllBe(x => x == s.Finance.GpuPrice);
    }

    [Fact]
    public void Run_FasterBandwidthRate_LowersTheExtrapolatedCost()
    {
        var s = TestScenarios.Of();
        double Last(double rate) => ProjectionAnalysis.Run(s, TestCatalog.Instance,
            new GenerationOverrides(System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("hbm-bandwidth", rate)])),
            CostStackOverrides.None, false).Value.Generations[^1].Estimate!.Cost.PerMillionOutputTokens.Value;
        Last(2.0).ShouldBeLessThan(Last(1.6));
    }

    [Fact]
    public void Run_SharesByYear_StartAtTodayAndFollowTheCadence()
    {
        var p = Run(TestScenarios.Of());
        p.ByYear[0].Year.ShouldBe(2026);
        p.ByYear[0].Shares.ShouldBe([0.38, 0.28, 0.22, 0.12]);
        p.ByYear[2].Generations.ShouldBe(1);
        p.ByYear.ShouldAllBe(r => Math.Abs(r.Shares.Sum() - 1) < 1e-9);
    }
}
