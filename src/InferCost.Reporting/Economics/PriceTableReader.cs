using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using InferCost.Economics.Market;
using InferCost.Reporting.Fidelity;
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
    public static (IReadOnlyList<ApiPrice> Prices, IReadOnlyList<InputError> Errors) Read(TextReader text, string file)
    {
        var prices = new List<ApiPrice>();
        var errors = new List<InputError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = bad => errors.Add(CaseFileShape.BadData(file, bad.Context.Parser?.RawRow ?? 0, bad.Field)),
        };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header || header.All(h => h.Length == 0))
        {
            return ([], [new InputError(file, "", "is empty: it needs a header row with the columns " + string.Join(",", Required) + " and one row per price.")]);
        }

        var missing = Required.Except(header, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return ([], [new InputError(file, "line 1", $"the header lacks column(s) {string.Join(", ", missing)}; required: {string.Join(",", Required)}.")]);
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (CaseFileShape.WrongFieldCount(file, line, csv.Parser.Count, header) is { } shape)
            {
                errors.Add(shape);
                continue;
            }

            var before = errors.Count;
            var row = new Row(csv, file, line, errors);
            var price = new ApiPrice(
                row.Date("date"),
                row.Text("provider"),
                row.Text("model"),
                row.Tier("tier"),
                new DollarsPerMillionTokens(row.Price("input_usd_per_m")),
                new DollarsPerMillionTokens(row.Price("output_usd_per_m")),
                row.Text("source"),
                csv.GetField("note") ?? "");
            if (errors.Count == before)
            {
                prices.Add(price);
            }
        }

        if (prices.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError(file, "", "has a header but no prices; add one row per price."));
        }

        return (prices, errors);
    }

    private sealed class Row(CsvReader csv, string file, int line, List<InputError> errors)
    {
        private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM"];

        public string Text(string column)
        {
            var value = csv.GetField(column) ?? "";
            if (value.Length == 0)
            {
                Fail(column, "is empty; a value is required.");
            }

            return value;
        }

        public DateOnly Date(string column)
        {
            var text = Text(column);
            if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            if (text.Length > 0)
            {
                Fail(column, $"'{text}' is not a date; use YYYY-MM-DD or YYYY-MM (the first of the month).");
            }

            return default;
        }

        public PriceTier Tier(string column)
        {
            var text = Text(column);
            if (PriceTiers.TryParse(text, out var tier))
            {
                return tier;
            }

            if (text.Length > 0)
            {
                Fail(column, $"'{text}' is not a tier; use one of {string.Join(", ", PriceTiers.Names)}.");
            }

            return default;
        }

        public double Price(string column)
        {
            var text = Text(column);
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0)
            {
                return v;
            }

            if (text.Length > 0)
            {
                Fail(column, $"'{text}' is not a price; give USD per 1M tokens as a number above 0 (e.g. 2.5).");
            }

            return 1;
        }

        private void Fail(string column, string reason) => errors.Add(new InputError(file, $"line {line}, column '{column}'", reason));
    }
}
