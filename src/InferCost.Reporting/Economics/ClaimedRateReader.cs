using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using InferCost.Economics.Market;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>Reads claimed tier decline rates in the format of data/market/essay-price-trends.csv.</summary>
public static class ClaimedRateReader
{
    private static readonly string[] Required = ["tier", "factor_low", "factor_high", "months_low", "months_high", "source", "note"];

    /// <summary>Reads the claims; every bad row is reported with its line.</summary>
    public static (IReadOnlyList<ClaimedRate> Claims, IReadOnlyList<InputError> Errors) Read(TextReader text, string file)
    {
        var claims = new List<ClaimedRate>();
        var errors = new List<InputError>();
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            return ([], [new InputError(file, "", "is empty: it needs the header " + string.Join(",", Required) + ".")]);
        }

        var missing = Required.Except(csv.HeaderRecord, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return ([], [new InputError(file, "line 1", $"the header lacks column(s) {string.Join(", ", missing)}.")]);
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var tierText = csv.GetField("tier") ?? "";
            var numbers = Required[1..5].Select(c => double.TryParse(csv.GetField(c), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0 ? v : (double?)null).ToList();
            if (!PriceTiers.TryParse(tierText, out var tier))
            {
                errors.Add(new InputError(file, $"line {line}, column 'tier'", $"'{tierText}' is not a tier; use one of {string.Join(", ", PriceTiers.Names)}."));
            }
            else if (numbers.Any(n => n is null))
            {
                errors.Add(new InputError(file, $"line {line}", "factor_low, factor_high, months_low and months_high must be numbers above 0."));
            }
            else
            {
                claims.Add(new ClaimedRate(tier, numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value, numbers[3]!.Value, csv.GetField("source") ?? "", csv.GetField("note") ?? ""));
            }
        }

        return (claims, errors);
    }
}
