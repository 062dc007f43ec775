using CsCheck;
using InferCost.Economics.Tasks;

namespace InferCost.Tests.EconomicsTests;

public class NetChangeTests
{
    [Theory]
    // Essay 003: 1000x cheaper per token x 50x more tokens = 1000 / 50 = 20x cheaper per task; x 100 tokens = 10x.
    [InlineData(1000, 50, 20)]
    [InlineData(1000, 100, 10)]
    [InlineData(1000, 10, 100)]
    public void Net_IsPriceDropOverTokenGrowth(double n, double m, double net)
    {
        var change = NetChange.Of("essay", n, m).Value;
        change.Net.ShouldBe(net, 1e-12);
        change.CostFactor.ShouldBe(1 / net, 1e-12);
    }

    [Fact]
    public void Net_IsMonotone_RisingInNAndFallingInM() =>
        Gen.Select(Gen.Double[0.001, 1e6], Gen.Double[0.001, 1e6], Gen.Double[1.001, 10]).Sample((n, m, k) =>
        {
            var at = NetChange.Of("", n, m).Value.Net;
            NetChange.Of("", n * k, m).Value.Net.ShouldBeGreaterThan(at);
            NetChange.Of("", n, m * k).Value.Net.ShouldBeLessThan(at);
        });

    [Fact]
    public void TaskAnalysis_AppliesEachPairToTheTasksCost()
    {
        // A $1.08 task (see TaskCostModelTests) after 1000x cheaper tokens and 50x the tokens costs 1.08 x 50 / 1000 = $0.054.
        var result = TaskAnalysis.Run(
            TaskShape.Create(800, 200, 200, 1).Value, TokenPrices.List(3, 15).Value, [NetChange.Of("r", 1000, 50).Value],
            TaskCatalogLoader.LoadBuiltIn().Value.Ticket, InferCost.Explain.Derivation.Off());
        result.NetChanges.Single().TaskCostAfter.Value.ShouldBe(0.054, 1e-12);
    }
}
