using CsCheck;
using InferCost.Economics.Drivers;

namespace InferCost.Tests.EconomicsTests;

public class DriverCompoundingTests
{
    private static IReadOnlyList<CostDriver> Essay004 => DriverCatalogLoader.LoadBuiltIn().Value.Drivers;

    [Fact]
    public void PerCycle_Essay004Table_IsTwentyFourSeventyFiveAndOneEighty()
    {
        // Low ends 2 x 2 x 3 x 2 = 24; midpoints 2.5 x 2.5 x 4 x 3 = 75; high ends 3 x 3 x 5 x 4 = 180.
        var f = DriverCompounding.PerCycle(Essay004);
        f.Low.ShouldBe(24, 1e-12);
        f.Mid.ShouldBe(75, 1e-12);
        f.High.ShouldBe(180, 1e-12);
    }

    [Fact]
    public void OverTwoCycles_MidpointIsFiftySixTwentyFiveAgainstTheHeadlineThousand()
    {
        // 24^2 = 576; 75^2 = 5,625; 180^2 = 32,400; 5,625 / 1,000 = 5.625.
        var s = DriverCompounding.Run(Essay004, 2, 1000).Value;
        s.OverCycles.Low.ShouldBe(576, 1e-9);
        s.OverCycles.Mid.ShouldBe(5625, 1e-9);
        s.OverCycles.High.ShouldBe(32_400, 1e-9);
        s.MidOverHeadline.ShouldBe(5.625, 1e-12);
    }

    [Fact]
    public void CyclesToHeadline_IsLogTargetOverLogFactor()
    {
        // ln 1000 / ln 75 = 6.9078 / 4.3175 = 1.5999; ln 1000 / ln 24 = 2.1736; ln 1000 / ln 180 = 6.9078 / 5.1930 = 1.3302.
        var h = DriverCompounding.Run(Essay004, 2, 1000).Value.Headline;
        h.AtMid!.Value.ShouldBe(1.59996, 1e-4);
        h.AtLow!.Value.ShouldBe(2.17362, 1e-4);
        h.AtHigh!.Value.ShouldBe(1.33022, 1e-4);
    }

    [Fact]
    public void CyclesToHeadline_FactorOne_IsNever() =>
        CyclesToTarget.Of(new CompoundFactor(1, 1, 1), 1000).AtMid.ShouldBeNull();

    [Fact]
    public void Curve_RunsFromOneAtZeroCyclesToTheFactorOverTheCycles()
    {
        var s = DriverCompounding.Run(Essay004, 2, 1000).Value;
        s.Curve.Count.ShouldBe(DriverCompounding.CurvePoints);
        s.Curve[0].Factor.ShouldBe(new CompoundFactor(1, 1, 1));
        s.Curve[^1].Cycles.ShouldBe(2);
        s.Curve[^1].Factor.Mid.ShouldBe(5625, 1e-9);
    }

    [Fact]
    public void Factor_IsMonotoneInEachDriver() =>
        Gen.Select(Gen.Int[0, 3], Gen.Double[1, 50], Gen.Double[1.001, 2]).Sample((which, low, k) =>
        {
            var before = DriverCompounding.PerCycle(Essay004);
            var raised = Essay004.Select((d, i) => i == which ? CostDriver.Create(d.Id, d.Name, Math.Min(low, 100), Math.Min(low * k, 100), d.How).Value : d).ToList();
            var higher = Essay004.Select((d, i) => i == which ? CostDriver.Create(d.Id, d.Name, Math.Min(low * k, 100), Math.Min(low * k * k, 100), d.How).Value : d).ToList();
            var a = DriverCompounding.PerCycle(raised);
            var b = DriverCompounding.PerCycle(higher);
            b.Low.ShouldBeGreaterThanOrEqualTo(a.Low);
            b.Mid.ShouldBeGreaterThanOrEqualTo(a.Mid);
            b.High.ShouldBeGreaterThanOrEqualTo(a.High);
            a.Low.ShouldBeLessThanOrEqualTo(a.Mid);
            a.Mid.ShouldBeLessThanOrEqualTo(a.High);
            double.IsFinite(before.Mid).ShouldBeTrue();
        });

    [Fact]
    public void OverCycles_IsMonotoneInCycles() =>
        Gen.Select(Gen.Double[0.1, 9], Gen.Double[0.01, 1]).Sample((c, more) =>
            DriverCompounding.Run(Essay004, c + more, 1000).Value.OverCycles.Mid.ShouldBeGreaterThan(DriverCompounding.Run(Essay004, c, 1000).Value.OverCycles.Mid));
}
