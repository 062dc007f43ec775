using InferCost.Economics;
using InferCost.Economics.Margin;
using InferCost.Estimation;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Margin;

public class MarginTests
{
    [Fact]
    public void GrossMargin_ByHand()
    {
        var m = new GrossMargin(new DollarsPerMillionTokens(3), new DollarsPerMillionTokens(0.5));

        m.Share.ShouldBe(2.5 / 3, tolerance: 1e-15);
        m.Markup.ShouldBe(6, tolerance: 1e-15);
        m.PerMillion.Value.ShouldBe(2.5);
    }

    [Fact]
    public void GrossMargin_CostAbovePrice_IsNegative() =>
        new GrossMargin(new DollarsPerMillionTokens(1), new DollarsPerMillionTokens(4)).Share.ShouldBe(-3);

    [Fact]
    public void Essay001Section8_WithItsOwnInputs_IsAMarkupOf27NotOf17()
    {
        // Essay 001 section 8 (ERRATA.md): $2.46 per productive GPU-hour (its $/GPU-hour column, which holds) at the 610
        // tokens/s a batch-64 step really delivers (70 GB + 64 x 4.4 GB = 351.6 GB at 3.35 TB/s = 105 ms) is
        // $2.46 / (610 x 3,600) x 1e6 = $1.1202 per 1M output tokens. Selling at $3/1M: (3 - 1.1202) / 3 = 62.7% gross
        // margin, a markup of 3 / 1.1202 = 2.68x; the essay's "roughly 17x" is 3 / 0.174, its broken $/1M total.
        var cost = TokenCostModel.PerMillion(new DollarsPerHour(2.46), new TokensPerSecond(610));
        var m = new GrossMargin(new DollarsPerMillionTokens(3), cost);

        cost.Value.ShouldBe(1.12021858, tolerance: 1e-8);
        m.Share.ShouldBe(0.626594, tolerance: 1e-6);
        m.Markup.ShouldBe(2.678049, tolerance: 1e-6);
    }

    [Fact]
    public void Compute_OwnedLineIsTheEstimate_AndEachRentedLineIsRentOverUtilisation()
    {
        var s = TestScenarios.Of();
        var owned = CostEstimator.Estimate(s).Value;
        var price = new ListPrice("given", new DollarsPerMillionTokens(3), new DollarsPerMillionTokens(1), "");

        var result = MarginAnalysis.Compute(s, price, [new RentOption("cheap", new DollarsPerHour(2)), new RentOption("dear", new DollarsPerHour(8))]).Value;

        result.Lines.Count.ShouldBe(3);
        var own = result.Lines[0];
        own.Basis.ShouldBe(CostBasis.Owned);
        own.Rent.ShouldBeNull();
        own.Output.Cost.ShouldBe(owned.Cost.PerMillionOutputTokens);
        own.Input!.Value.Cost.ShouldBe(owned.Cost.PerMillionInputTokens);
        var r = owned.Throughput.DecodeOutputTokensPerSecond.Value;
        result.Lines[1].Basis.ShouldBe(CostBasis.Rented);
        result.Lines[1].Rent!.Value.Value.ShouldBe(2);
        result.Lines[1].Output.Cost.Value.ShouldBe(2 / 0.65 / (r * 3600) * 1e6, tolerance: 1e-12);
        (result.Lines[2].Output.Cost / result.Lines[1].Output.Cost).ShouldBe(4, tolerance: 1e-12);
        result.Lines[2].Output.Share.ShouldBeLessThan(result.Lines[1].Output.Share);
    }

    [Fact]
    public void Compute_RequestMix_WeighsInputAndOutputByTheScenariosTokens()
    {
        var s = TestScenarios.Of();
        var e = CostEstimator.Estimate(s).Value.Cost;
        var price = new ListPrice("given", new DollarsPerMillionTokens(10), new DollarsPerMillionTokens(2.5), "");

        var request = MarginAnalysis.Compute(s, price, []).Value.Lines.Single().Request!.Value;

        // 4,096 input + 512 output tokens: list (4,096 x 2.5 + 512 x 10) / 4,608 = $3.3333 per 1M request tokens.
        request.Price.Value.ShouldBe(((4096 * 2.5) + (512 * 10.0)) / 4608, tolerance: 1e-12);
        request.Cost.Value.ShouldBe(((4096 * e.PerMillionInputTokens.Value) + (512 * e.PerMillionOutputTokens.Value)) / 4608, tolerance: 1e-12);
    }

    [Fact]
    public void Compute_NoInputPrice_HasNoInputOrRequestMargin()
    {
        var line = MarginAnalysis.Compute(TestScenarios.Of(), new ListPrice("given", new DollarsPerMillionTokens(3), null, ""), []).Value.Lines.Single();

        line.Input.ShouldBeNull();
        line.Request.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(10_001)]
    public void ListPriceLimits_OutOfRange_NamesTheField(double usd)
    {
        var r = ListPriceLimits.Check(usd, ListPriceLimits.OutputField);

        r.Succeeded.ShouldBeFalse();
        r.Errors.Single().Field.ShouldBe("list-price");
        r.Errors.Single().Reason.ShouldContain("from 0.0001 to 10,000 USD per 1M tokens");
    }
}
