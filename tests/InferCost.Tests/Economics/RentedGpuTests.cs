using CsCheck;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Sweeps;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Economics;

/// <summary>A rented GPU's price per GPU-hour replaces the owner's bottom-up cost; the owner's figures stay beside it.</summary>
public class RentedGpuTests
{
    private static Scenario Rented(Scenario s, double usdPerGpuHour) =>
        s with { Finance = s.Finance with { RentedGpuHourPrice = new DollarsPerHour(usdPerGpuHour) } };

    private static Estimate Run(Scenario s)
    {
        var result = CostEstimator.Estimate(s);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        return result.Value;
    }

    [Fact]
    public void Estimate_RentedAt2UsdAndUtilisation065_PricesEveryRentedHourOverTheProductiveOnes()
    {
        var e = Run(Rented(TestScenarios.Of(), 2.0));

        // Independent arithmetic: $2 for every rented hour, 65% of them productive: $3.0769 per productive hour; one GPU
        // decoding r tokens/s makes r x 3,600 tokens an hour.
        var perProductiveHour = 2.0 / 0.65;
        var r = e.Throughput.DecodeOutputTokensPerSecond.Value;
        e.Cost.Basis.ShouldBe(CostBasis.Rented);
        e.Cost.PerGpuHour.Value.ShouldBe(3.0769230769, tolerance: 1e-9);
        e.Cost.PerMillionOutputTokens.Value.ShouldBe(perProductiveHour / (r * 3600) * 1e6, tolerance: 1e-12);
        e.Cost.Breakdown.ShouldHaveSingleItem().Share.ShouldBe(1);
    }

    [Fact]
    public void Estimate_RentedAtUtilisation1_IsThePeerToolsFormula()
    {
        var s = TestScenarios.Of();
        var e = Run(Rented(s with { Finance = s.Finance with { Utilisation = 1 } }, 2.5));

        // What tools that take $/GPU-hour as a constant compute: price / (tokens/s x 3,600 s) x 1e6.
        var r = e.Throughput.DecodeOutputTokensPerSecond.Value;
        e.Cost.PerMillionOutputTokens.Value.ShouldBe(2.5 / (r * 3600) * 1e6, tolerance: 1e-12);
    }

    [Fact]
    public void Estimate_Rented_KeepsTheOwnersBottomUpFiguresBeside()
    {
        var s = TestScenarios.Of(model: "llama-3.1-8b", gpu: "h100-sxm");
        var owned = Run(s).Cost;
        var rented = Run(Rented(s, 3.0)).Cost;

        rented.BottomUp.ShouldNotBeNull();
        rented.Owned.PerMillionOutputTokens.ShouldBe(owned.PerMillionOutputTokens);
        rented.Owned.PerGpuHour.ShouldBe(owned.PerGpuHour);
        rented.Owned.Breakdown.Select(b => b.Id).ShouldBe(owned.Breakdown.Select(b => b.Id));
        owned.BottomUp.ShouldBeNull();
        owned.Basis.ShouldBe(CostBasis.Owned);
        owned.Owned.ShouldBeSameAs(owned);
    }

    [Fact]
    public void Estimate_Rented_TokenCostIsProportionalToThePriceAndBlindToPowerPrice()
    {
        var s = TestScenarios.Of();
        var at2 = Run(Rented(s, 2)).Cost.PerMillionOutputTokens.Value;
        var at6 = Run(Rented(s, 6)).Cost.PerMillionOutputTokens.Value;
        var dearPower = Run(Rented(s with { Facility = s.Facility with { PowerPrice = new DollarsPerKilowattHour(0.3) } }, 2)).Cost;

        (at6 / at2).ShouldBe(3, tolerance: 1e-12);
        dearPower.PerMillionOutputTokens.Value.ShouldBe(at2, tolerance: 1e-15);
        dearPower.PowerPerMillionOutputTokens.Value.ShouldBe(0);
    }

    [Fact]
    public void Estimate_Rented_DerivationRecordsTheRentAndBothCosts()
    {
        var steps = Run(Rented(TestScenarios.Of(), 2.0)).Steps;

        steps.ShouldContain(st => st.Name == "Rented cost per productive GPU-hour" && st.Formula.Contains("/ u", StringComparison.Ordinal));
        steps.ShouldContain(st => st.Name == "Rented: Cost per million output tokens");
        steps.ShouldContain(st => st.Name == "Cost per million output tokens");
    }

    [Fact]
    public void PointEstimator_AnyRentedScenario_MatchesTheExplainedEstimate()
    {
        Gen.Select(ScenarioGenerators.AnyWithMaxAndReplicas, Gen.Double[0.5, 20]).Sample((owned, price) =>
        {
            var s = Rented(owned, price);
            var full = CostEstimator.Estimate(s, Derivation.Off());
            var point = PointEstimator.Evaluate(new PointInputs(new ScenarioContext(s)));
            if (!full.Succeeded)
            {
                point.IsFeasible.ShouldBeFalse();
                return;
            }

            point.CostPerGpuHour.ShouldBe(full.Value.Cost.PerGpuHour);
            point.OutputCost.ShouldBe(full.Value.Cost.PerMillionOutputTokens);
            point.InputCost.ShouldBe(full.Value.Cost.PerMillionInputTokens);
            point.PowerOutputCost.Value.ShouldBe(0);
        }, iter: 500);
    }
}
