using InferCost.Economics.Market;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Reporting.Economics;

/// <summary>
/// Reads API list prices in the format of data/market/api-prices.csv (unknown columns are ignored). Every bad row is
/// reported with its line and column, none skipped silently; CsvHelper's own messages never reach the user.
/// </summary>
public static class PriceTableReader
{
    /// <summary>The columns every price file must have (note may be empty).</summary>
    public static readonly IReadOnlyList<string> Required =
        ["date", "provider", "model", "tier", "input_usd_per_m", "output_usd_per_m", "source", "note"];

    /// <summary>Reads prices from CSV text named <paramref name="file"/> in messages.</summary>
    public static (IReadOnlyList<ApiPrice> Prices, IReadOnlyList<InputError> Errors) Read(TextReader text, string file) =>
        MarketCsv.Read(text, file, Required, "price", row => new ApiPrice(
            row.Date("date"),
            row.Text("provider"),
            row.Text("model"),
            row.Choice("tier", "a tier", PriceTiers.Names, t => PriceTiers.TryParse(t, out var tier) ? tier : (PriceTier?)null),
            new DollarsPerMillionTokens(row.Positive("input_usd_per_m", "USD per 1M tokens")),
            new DollarsPerMillionTokens(row.Positive("output_usd_per_m", "USD per 1M tokens")),
            row.Text("source"),
            row.Optional("note")));
}
