using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using InferCost.Reporting.Fidelity;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>
/// Reads a market table (unknown columns are ignored): the header must hold <c>required</c>, and every bad row is
/// reported with its line and column, none skipped silently; CsvHelper's own messages never reach the user.
/// </summary>
internal static class MarketCsv
{
    /// <summary>The rows of CSV text named <paramref name="file"/> in messages, each mapped by <paramref name="map"/>.</summary>
    public static (IReadOnlyList<T> Rows, IReadOnlyList<InputError> Errors) Read<T>(
        TextReader text, string file, IReadOnlyList<string> required, string rowName, Func<MarketCsvRow, T> map)
    {
        var rows = new List<T>();
        var errors = new List<InputError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = bad => errors.Add(CaseFileShape.BadData(file, bad.Context.Parser?.RawRow ?? 0, bad.Field)),
        };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header || header.All(h => h.Length == 0))
        {
            return ([], [new InputError(file, "", $"is empty: it needs a header row with the columns {string.Join(",", required)} and one row per {rowName}.")]);
        }

        var missing = required.Except(header, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return ([], [new InputError(file, "line 1", $"the header lacks column(s) {string.Join(", ", missing)}; required: {string.Join(",", required)}.")]);
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
            var row = map(new MarketCsvRow(csv, file, line, errors));
            if (errors.Count == before)
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError(file, "", $"has a header but no {rowName}s; add one row per {rowName}."));
        }

        return (rows, errors);
    }
}
