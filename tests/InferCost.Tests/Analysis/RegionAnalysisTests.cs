using InferCost.Analysis;
using InferCost.Tests.Support;

namespace InferCost.Tests.Analysis;

public class RegionAnalysisTests
{
    [Fact]
    public void Compare_TwoRegions_DifferByTheirPriceGapTimesItPowerPuePlusLabour()
    {
        var s = TestScenarios.Of();
        var regions = RegionAnalysis.Compare(s, TestCatalog.Instance.Regions.Values).Value;
        regions.Count.ShouldBe(TestCatalog.Instance.Regions.Count);
        var cheap = regions[0];
        var dear = regions[^1];
        cheap.Region.Id.ShouldBe("oregon");
        dear.Region.Id.ShouldBe("germany");

        // Every electricity cost is IT power x price x PUE; labour is a share on top; only the price differs.
        var e = cheap.Estimate;
        var itKw = e.Energy.ItPower.Value / 1000;
        var deltaPerHour = itKw * (0.165 - 0.045) * s.Facility.Pue * (1 + s.Finance.LabourShare);
        var tokensPerHour = e.Throughput.DecodeOutputTokensPerSecond.Value / s.Gpus * s.TensorParallel * 3600;
        var expected = deltaPerHour * s.TensorParallel / tokensPerHour * 1e6;
        (dear.Estimate.Cost.PerMillionOutputTokens.Value - cheap.Estimate.Cost.PerMillionOutputTokens.Value).ShouldBe(expected, tolerance: expected * 1e-9);
        dear.RelativeToCheapest.ShouldBeGreaterThan(1);
        cheap.RelativeToCheapest.ShouldBe(1);
    }

    [Fact]
    public void Compare_PowerLayer_ScalesWithPriceWhileTheRestStaysPut()
    {
        var regions = RegionAnalysis.Compare(TestScenarios.Of(), TestCatalog.Instance.Regions.Values).Value;
        var a = regions[0].Estimate.Cost;
        var b = regions[^1].Estimate.Cost;
        var priceRatio = regions[^1].Region.PowerPrice.Value / regions[0].Region.PowerPrice.Value;
        (b.PowerPerMillionOutputTokens.Value / a.PowerPerMillionOutputTokens.Value).ShouldBe(priceRatio, tolerance: 1e-9);
        var capital = (IEnumerable<global::InferCost.Economics.CostComponent> l) => l.Single(c => c.Id == "gpu-capital").PerMillionOutputTokens.Value;
        capital(b.Breakdown).ShouldBe(capital(a.Breakdown), tolerance: 1e-15);
    }
}
