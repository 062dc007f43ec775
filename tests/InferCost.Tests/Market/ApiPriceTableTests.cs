using InferCost.Economics.Market;
using InferCost.Units;

namespace InferCost.Tests.Market;

public class ApiPriceTableTests
{
    private static ApiPrice Row(string date, string model, double output) =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "P", model, PriceTier.Frontier, new DollarsPerMillionTokens(1), new DollarsPerMillionTokens(output), "src", "");

    [Fact]
    public void Latest_PicksTheLastPriceOnOrBeforeTheDate()
    {
        var table = new ApiPriceTable([Row("2024-08-06", "gpt-4o", 10), Row("2024-05-13", "gpt-4o", 15), Row("2024-07-18", "other", 1)]);
        table.Latest("GPT-4o", new DateOnly(2024, 6, 1))!.Output.Value.ShouldBe(15);
        table.Latest("gpt-4o", new DateOnly(2025, 1, 1))!.Output.Value.ShouldBe(10);
        table.Latest("gpt-4o", new DateOnly(2024, 1, 1)).ShouldBeNull();
    }

    [Fact]
    public void With_UserRowOnTheSameDate_WinsTheLookup()
    {
        var table = new ApiPriceTable([Row("2024-08-06", "gpt-4o", 10)]).With([Row("2024-08-06", "gpt-4o", 9)]);
        table.Prices.Count.ShouldBe(2);
        table.Latest("gpt-4o", new DateOnly(2025, 1, 1))!.Output.Value.ShouldBe(9);
    }
}
