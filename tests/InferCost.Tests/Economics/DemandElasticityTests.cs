using CsCheck;
using InferCost.Economics.Drivers;

namespace InferCost.Tests.EconomicsTests;

public class DemandElasticityTests
{
    [Fact]
    public void FromObserved_EssaysPair_IsFourThousandFiveHundredTokensAndElasticityOnePointTwoOneSevenSeven()
    {
        // Essays 003/004: unit cost down 1,000x, spend up 4.5x => tokens up 4.5 x 1,000 = 4,500x;
        // e = ln 4500 / ln 1000 = 8.41184 / 6.90776 = 1.21774.
        var e = DemandElasticity.FromObserved(1000, 4.5).Value;
        e.Observed!.TokenGrowth.ShouldBe(4500, 1e-9);
        e.Value.ShouldBe(1.21774, 1e-5);
    }

    [Fact]
    public void Project_AtTheObservedDrop_GivesBackTheObservedTokensAndSpend()
    {
        var e = DemandElasticity.FromObserved(1000, 4.5).Value;
        var p = DemandProjection.Project(e, [1, 1000]).Value;
        p[0].TokenGrowth.ShouldBe(1);
        p[0].SpendGrowth.ShouldBe(1);
        p[1].TokenGrowth.ShouldBe(4500, 1e-6);
        p[1].SpendGrowth.ShouldBe(4.5, 1e-9);
        p[1].PriceFactor.ShouldBe(0.001, 1e-15);
    }

    [Fact]
    public void Project_UnitElasticity_LeavesSpendUnchanged()
    {
        // e = 1: tokens x D, spend x D^0 = 1.
        var p = DemandProjection.At(DemandElasticity.FromValue(1).Value, 100);
        p.TokenGrowth.ShouldBe(100, 1e-9);
        p.SpendGrowth.ShouldBe(1, 1e-12);
    }

    [Fact]
    public void Project_SpendIsTokensTimesPrice() =>
        Gen.Select(Gen.Double[0, 5], Gen.Double[1, 1e6]).Sample((e, d) =>
        {
            var p = DemandProjection.At(DemandElasticity.FromValue(e).Value, d);
            p.SpendGrowth.ShouldBe(p.TokenGrowth * p.PriceFactor, 1e-9 * p.SpendGrowth);
            double.IsFinite(p.TokenGrowth).ShouldBeTrue();
        });

    [Fact]
    public void Curve_RunsFromOneToTheLargestDrop()
    {
        var curve = DemandProjection.Curve(DemandElasticity.FromValue(1.2).Value, 10_000);
        curve[0].PriceDrop.ShouldBe(1);
        curve[^1].PriceDrop.ShouldBe(10_000, 1e-6);
        curve.Select(p => p.TokenGrowth).ShouldBeInOrder();
    }
}
