using CsCheck;
using InferCost.Economics.Tasks;
using InferCost.Explain;
using InferCost.Units;

namespace InferCost.Tests.EconomicsTests;

public class TaskCostModelTests
{
    [Fact]
    public void Compute_InputAndOutputPricedApart_MatchesHandArithmetic()
    {
        // 200 calls x (800 in + 200 out) x multiplier 1: 160,000 input and 40,000 output tokens.
        // At $3 in / $15 out per 1M: 160,000 x 3 / 1e6 = $0.48 and 40,000 x 15 / 1e6 = $0.60; total $1.08.
        var shape = TaskShape.Create(800, 200, 200, 1).Value;
        var prices = TokenPrices.List(3, 15).Value;
        var cost = TaskCostModel.Compute(shape, prices, Derivation.Recording());
        shape.InputTokensPerTask.ShouldBe(160_000);
        shape.OutputTokensPerTask.ShouldBe(40_000);
        cost.InputCost.Value.ShouldBe(0.48, 1e-12);
        cost.OutputCost.Value.ShouldBe(0.60, 1e-12);
        cost.Total.Value.ShouldBe(1.08, 1e-12);
        prices.Basis.ShouldBe(PriceBasis.ListPrice);
    }

    [Fact]
    public void Compute_Essay004Ticket_TwoHundredThousandTokensCostOneCentAtFiveCentsAndFourDollarsAtTwenty()
    {
        // Essay 004: 200 calls of 1,000 tokens = 200,000 tokens; 200,000 x $0.05 / 1e6 = $0.01; x $20 / 1e6 = $4.
        var shape = TaskShape.Create(1000, 0, 200, 1).Value;
        TaskCostModel.Compute(shape, TokenPrices.List(0.05, 0.05).Value, Derivation.Off()).Total.Value.ShouldBe(0.01, 1e-12);
        TaskCostModel.Compute(shape, TokenPrices.List(20, 20).Value, Derivation.Off()).Total.Value.ShouldBe(4, 1e-12);
    }

    [Fact]
    public void Compute_Multiplier_ScalesBothSides()
    {
        // Essay 003's reasoning task: 50x the tokens of one chat call of 1,000 in + 500 out.
        var shape = TaskShape.Create(1000, 500, 1, 50).Value;
        shape.InputTokensPerTask.ShouldBe(50_000);
        shape.OutputTokensPerTask.ShouldBe(25_000);
    }

    [Fact]
    public void Compute_RecordsEveryFigureItReturns()
    {
        var d = Derivation.Recording();
        var cost = TaskCostModel.Compute(TaskShape.Create(4096, 512, 200, 1).Value, TokenPrices.List(0.1, 0.5).Value, d);
        d.Steps.Single(s => s.Name == "Cost per task").Result.Value.ShouldBe(cost.Total.Value);
        d.Steps.Single(s => s.Name == "Input tokens per task").Result.Value.ShouldBe(819_200);
    }

    [Fact]
    public void Total_IsMonotoneInCallsMultiplierAndPrices() =>
        Gen.Select(Gen.Int[1, 10_000], Gen.Double[0.01, 1000], Gen.Double[0.0001, 100], Gen.Double[1.01, 3]).Sample((calls, m, price, k) =>
        {
            double Total(int c, double mult, double p) =>
                TaskCostModel.Compute(TaskShape.Create(1000, 100, c, mult).Value, TokenPrices.List(p, p * 4).Value, Derivation.Off()).Total.Value;
            var baseCost = Total(calls, m, price);
            double.IsFinite(baseCost).ShouldBeTrue();
            Total(calls + 1, m, price).ShouldBeGreaterThan(baseCost);
            Total(calls, Math.Min(m * k, 10_000), price).ShouldBeGreaterThanOrEqualTo(baseCost);
            Total(calls, m, Math.Min(price * k, 10_000)).ShouldBeGreaterThanOrEqualTo(baseCost);
        });

    [Fact]
    public void FromEstimatePrices_AreTheEstimatesInputAndOutputPrices()
    {
        var estimate = InferCost.Estimation.CostEstimator.Estimate(InferCost.Tests.Support.TestScenarios.Of(), Derivation.Off()).Value;
        var prices = TokenPrices.FromEstimate(estimate);
        prices.Basis.ShouldBe(PriceBasis.BottomUp);
        prices.Input.ShouldBe(estimate.Cost.PerMillionInputTokens);
        prices.Output.ShouldBe(estimate.Cost.PerMillionOutputTokens);
    }
}
