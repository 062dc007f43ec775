namespace InferCost.Economics.Market;

/// <summary>
/// A decline rate someone claimed for a tier (the essays: "~3x per 12-18 months for frontier"), as the catalog's
/// data/market/essay-price-trends.csv records it, with its source.
/// </summary>
/// <param name="Tier">The tier it is about.</param>
/// <param name="FactorLow">The smallest factor claimed.</param>
/// <param name="FactorHigh">The largest factor claimed.</param>
/// <param name="MonthsLow">The shortest period the factor is claimed over.</param>
/// <param name="MonthsHigh">The longest period.</param>
/// <param name="Source">Who claimed it, where.</param>
/// <param name="Note">How to read it.</param>
public sealed record ClaimedRate(PriceTier Tier, double FactorLow, double FactorHigh, double MonthsLow, double MonthsHigh, string Source, string Note)
{
    /// <summary>When the claim was published.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The slowest claim as a factor per 12 months: the smallest factor over the longest period, FactorLow^(12 / MonthsHigh).</summary>
    public double Per12MonthsLow => Math.Pow(FactorLow, 12 / MonthsHigh);

    /// <summary>The fastest claim as a factor per 12 months: FactorHigh^(12 / MonthsLow).</summary>
    public double Per12MonthsHigh => Math.Pow(FactorHigh, 12 / MonthsLow);
}
