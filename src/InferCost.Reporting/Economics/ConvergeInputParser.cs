using InferCost.Economics.Floor;
using System.Globalization;
using InferCost.Economics.Market;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>Parses the text inputs of the convergence analysis (a floor band, window dates) into engine values or clear errors.</summary>
public static class ConvergeInputParser
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM"];

    /// <summary>A band written LOW..HIGH in USD per 1M output tokens (e.g. 0.015..0.025); <paramref name="source"/> names where it came from.</summary>
    public static Result<FloorBand> Floor(string text, string source)
    {
        var parts = text.Split("..");
        if (parts.Length != 2 || !Number(parts[0], out var low) || !Number(parts[1], out var high))
        {
            return Result.Fail<FloorBand>(source, FloorBand.Field, $"'{text}' is not a band; write LOW..HIGH in USD per 1M output tokens, e.g. 0.015..0.025.");
        }

        return FloorBand.Create(low, high, source);
    }

    /// <summary>A date written YYYY-MM-DD or YYYY-MM (the first of the month), for the input <paramref name="field"/>.</summary>
    public static Result<DateOnly> Date(string text, string source, string field) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Result.Ok(date)
            : Result.Fail<DateOnly>(source, field, $"'{text}' is not a date; use YYYY-MM-DD or YYYY-MM.");

    /// <summary>A metric name: output or input.</summary>
    public static Result<PriceMetric> Metric(string text, string source) => text switch
    {
        "output" => Result.Ok(PriceMetric.Output),
        "input" => Result.Ok(PriceMetric.Input),
        _ => Result.Fail<PriceMetric>(source, "metric", $"'{text}' is not a metric; use output or input."),
    };

    private static bool Number(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
