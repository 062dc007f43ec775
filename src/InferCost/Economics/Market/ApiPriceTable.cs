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

    /// <summary>
    /// Each tier's cheapest and dearest output list price on <paramref name="asOf"/>, among the models whose latest price
    /// then is at most <paramref name="years"/> old (older lines are taken as withdrawn): the market range a cost is held
    /// against. Cheapest first within a tier; one row where a tier has one model.
    /// </summary>
    public IReadOnlyList<ApiPrice> TierExtremes(DateOnly asOf, int years)
    {
        var since = asOf.AddYears(-years);
        var current = Prices
            .Where(p => p.Date <= asOf)
            .GroupBy(p => p.Model, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Last())
            .Where(p => p.Date >= since)
            .ToList();
        return
        [
            .. PriceTiers.All.SelectMany(tier =>
            {
                var inTier = current.Where(p => p.Tier == tier).OrderBy(p => p.Output).ToList();
                return inTier.Count switch
                {
                    0 => [],
                    1 => [inTier[0]],
                    _ => (IEnumerable<ApiPrice>)[inTier[0], inTier[^1]],
                };
            }),
        ];
    }

    /// <summary>The distinct model ids, for suggestions when a lookup finds nothing.</summary>
    public IReadOnlyList<string> Models => [.. Prices.Select(p => p.Model).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
}
