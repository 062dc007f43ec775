using System.Globalization;
using CsvHelper;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>
/// One row of a market table (API prices, GPU rentals) being read: each typed read checks its cell and records a
/// line-and-column error instead of throwing, so one pass reports every bad cell.
/// </summary>
internal sealed class MarketCsvRow(CsvReader csv, string file, int line, List<InputError> errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM"];

    /// <summary>A required text cell.</summary>
    public string Text(string column)
    {
        var value = csv.GetField(column) ?? "";
        if (value.Length == 0)
        {
            Fail(column, "is empty; a value is required.");
        }

        return value;
    }

    /// <summary>An optional text cell (empty when blank).</summary>
    public string Optional(string column) => csv.GetField(column) ?? "";

    /// <summary>A date, YYYY-MM-DD or YYYY-MM (the first of the month).</summary>
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

    /// <summary>One of a set of names, parsed by <paramref name="parse"/>.</summary>
    public T Choice<T>(string column, string what, IReadOnlyList<string> names, Func<string, T?> parse)
        where T : struct
    {
        var text = Text(column);
        if (parse(text) is { } value)
        {
            return value;
        }

        if (text.Length > 0)
        {
            Fail(column, $"'{text}' is not {what}; use one of {string.Join(", ", names)}.");
        }

        return default;
    }

    /// <summary>A price above 0; <paramref name="expected"/> says what to give, for the message.</summary>
    public double Positive(string column, string expected) => Positive(column, "a price", expected);

    /// <summary>A number above 0 that is <paramref name="what"/> (a price, a factor); <paramref name="expected"/> says what to give.</summary>
    public double Positive(string column, string what, string expected)
    {
        var text = Text(column);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0)
        {
            return v;
        }

        if (text.Length > 0)
        {
            Fail(column, $"'{text}' is not {what}; give {expected} as a number above 0 (e.g. 2.5).");
        }

        return 1;
    }

    private void Fail(string column, string reason) => errors.Add(new InputError(file, $"line {line}, column '{column}'", reason));
}
