using InferCost.Economics.Market;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>
/// Reads claimed tier decline rates in the format of data/market/essay-price-trends.csv; every bad row is reported with
/// its line and column (<see cref="MarketCsv"/>).
/// </summary>
public static class ClaimedRateReader
{
    private static readonly string[] Required = ["date", "tier", "factor_low", "factor_high", "months_low", "months_high", "source", "note"];

    /// <summary>Reads the claims from CSV text named <paramref name="file"/> in messages.</summary>
    public static (IReadOnlyList<ClaimedRate> Claims, IReadOnlyList<InputError> Errors) Read(TextReader text, string file) =>
        MarketCsv.Read(text, file, Required, "claimed rate", row => new ClaimedRate(
            row.Choice("tier", "a tier", PriceTiers.Names, t => PriceTiers.TryParse(t, out var tier) ? tier : (PriceTier?)null),
            row.Positive("factor_low", "a factor", "the price's fall as a factor (3 = to a third)"),
            row.Positive("factor_high", "a factor", "the price's fall as a factor (3 = to a third)"),
            row.Positive("months_low", "a period", "months"),
            row.Positive("months_high", "a period", "months"),
            row.Text("source"),
            row.Optional("note"))
        {
            Date = row.Date("date"),
        });
}
