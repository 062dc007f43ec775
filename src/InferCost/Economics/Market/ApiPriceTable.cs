namespace InferCost.Economics.Market;

/// <summary>
/// A dated table of API list prices (the shipped data/market/api-prices.csv, extended by a user's rows), oldest first.
/// Other analyses look up a model's list price at a date here.
/// </summary>
public sealed class ApiPriceTable
{
    /// <summary>Creates the table; rows are kept in date order (ties in the order given).</summary>
    public ApiPriceTable(IEnumerable<ApiPrice> prices) => Prices = [.. prices.OrderBy(p => p.Date)];

    /// <summary>Every row, oldest first.</summary>
    public IReadOnlyList<ApiPrice> Prices { get; }

    /// <summary>This table with <paramref name="more"/> rows added (a user's file extends the shipped table).</summary>
    public ApiPriceTable With(IEnumerable<ApiPrice> more) => new(Prices.Concat(more));

    /// <summary>The rows of one tier, oldest first.</summary>
    public IReadOnlyList<ApiPrice> OfTier(PriceTier tier) => [.. Prices.Where(p => p.Tier == tier)];

    /// <summary>
    /// The list price of <paramref name="model"/> in effect on <paramref name="asOf"/>: the latest row for that model
    /// (matched case-insensitively) dated on or before it; null when the table has none. Of two rows on the same date
    /// the later one in the table wins, so a user's row replaces a shipped row of that date.
    /// </summary>
    public ApiPrice? Latest(string model, DateOnly asOf) =>
        Prices.LastOrDefault(p => p.Date <= asOf && string.Equals(p.Model, model, StringComparison.OrdinalIgnoreCase));

    /// <summary>The distinct model ids, for suggestions when a lookup finds nothing.</summary>
    public IReadOnlyList<string> Models => [.. Prices.Select(p => p.Model).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
}
