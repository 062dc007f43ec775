namespace InferCost.Economics.Rental;

/// <summary>A dated table of GPU rental prices (the shipped data/market/gpu-rentals.csv, extended by a user's rows).</summary>
public sealed class GpuRentalTable
{
    /// <summary>Creates the table; rows are kept in date order (ties in the order given).</summary>
    public GpuRentalTable(IEnumerable<GpuRental> rentals) => Rentals = [.. rentals.OrderBy(r => r.Date)];

    /// <summary>Every row, oldest first.</summary>
    public IReadOnlyList<GpuRental> Rentals { get; }

    /// <summary>This table with <paramref name="more"/> rows added (a user's file extends the shipped table).</summary>
    public GpuRentalTable With(IEnumerable<GpuRental> more) => new(Rentals.Concat(more));

    /// <summary>
    /// What each tier asks for <paramref name="accelerator"/> at <paramref name="commitment"/> on <paramref name="asOf"/>:
    /// per provider its latest price dated on or before then (a later row of the same date wins, so a user's row replaces
    /// a shipped one), and per tier their median and spread. Tiers with no price are left out.
    /// </summary>
    public IReadOnlyList<TierRentalPrice> ByTier(string accelerator, RentalCommitment commitment, DateOnly asOf) =>
    [
        .. Enum.GetValues<RentalTier>()
            .Select(tier => Rentals
                .Where(r => r.Tier == tier && r.Commitment == commitment && r.Date <= asOf
                    && string.Equals(r.Accelerator, accelerator, StringComparison.OrdinalIgnoreCase))
                .GroupBy(r => r.Provider, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.Last())
                .OrderBy(r => r.Price)
                .ToList())
            .Where(quotes => quotes.Count > 0)
            .Select(quotes => new TierRentalPrice(quotes[0].Tier, commitment, Median(quotes), quotes[0].Price, quotes[^1].Price, quotes)),
    ];

    /// <summary>The accelerators the table prices, for messages when a lookup finds nothing.</summary>
    public IReadOnlyList<string> Accelerators =>
        [.. Rentals.Select(r => r.Accelerator).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    private static Units.DollarsPerHour Median(List<GpuRental> sorted)
    {
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2].Price : (sorted[(n / 2) - 1].Price + sorted[n / 2].Price) / 2;
    }
}
