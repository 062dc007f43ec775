using InferCost.Economics.Rental;
using InferCost.Units;

namespace InferCost.Tests.Margin;

public class GpuRentalTableTests
{
    private static GpuRental Row(string date, string provider, RentalTier tier, double price, string accelerator = "h100-sxm", RentalCommitment commitment = RentalCommitment.OnDemand) =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), accelerator, provider, tier, new DollarsPerHour(price), commitment, "s", "");

    [Fact]
    public void ByTier_TakesEachProvidersLatestPriceOnOrBeforeTheDate_AndTheirMedian()
    {
        var table = new GpuRentalTable(
        [
            Row("2024-01-01", "A", RentalTier.Neocloud, 4.0),
            Row("2025-01-01", "A", RentalTier.Neocloud, 3.0),
            Row("2027-01-01", "A", RentalTier.Neocloud, 1.0),
            Row("2025-06-01", "B", RentalTier.Neocloud, 2.0),
            Row("2025-06-01", "C", RentalTier.Neocloud, 5.0),
            Row("2025-06-01", "D", RentalTier.Hyperscaler, 7.0),
            Row("2025-06-01", "E", RentalTier.Neocloud, 0.5, accelerator: "b200"),
            Row("2025-06-01", "F", RentalTier.Neocloud, 0.5, commitment: RentalCommitment.Spot),
        ]);

        var tiers = table.ByTier("h100-sxm", RentalCommitment.OnDemand, new DateOnly(2026, 1, 1));

        tiers.Select(t => t.Tier).ShouldBe([RentalTier.Hyperscaler, RentalTier.Neocloud]);
        var neo = tiers[1];
        neo.Quotes.Select(q => q.Price.Value).ShouldBe([2.0, 3.0, 5.0]);
        neo.Median.Value.ShouldBe(3.0);
        neo.Lowest.Value.ShouldBe(2.0);
        neo.Highest.Value.ShouldBe(5.0);
    }

    [Fact]
    public void ByTier_EvenCount_MedianIsTheMeanOfTheMiddleTwo()
    {
        var table = new GpuRentalTable([Row("2025-01-01", "A", RentalTier.Marketplace, 2.0), Row("2025-01-01", "B", RentalTier.Marketplace, 3.0)]);

        table.ByTier("H100-SXM", RentalCommitment.OnDemand, new DateOnly(2025, 1, 1)).Single().Median.Value.ShouldBe(2.5);
    }

    [Fact]
    public void With_AUserRowOfTheSameDateAndProvider_ReplacesTheShippedOne()
    {
        var shipped = new GpuRentalTable([Row("2025-01-01", "A", RentalTier.Neocloud, 3.0)]);

        var mine = shipped.With([Row("2025-01-01", "A", RentalTier.Neocloud, 1.25)]);

        mine.ByTier("h100-sxm", RentalCommitment.OnDemand, new DateOnly(2025, 2, 1)).Single().Median.Value.ShouldBe(1.25);
    }

    [Fact]
    public void ByTier_NoPriceForTheAccelerator_IsEmpty() =>
        new GpuRentalTable([Row("2025-01-01", "A", RentalTier.Neocloud, 3.0)]).ByTier("tpu-v6e", RentalCommitment.OnDemand, new DateOnly(2026, 1, 1)).ShouldBeEmpty();
}
