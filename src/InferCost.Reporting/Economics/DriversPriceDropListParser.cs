using System.Globalization;
using InferCost.Economics.Drivers;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>Parses a list of price-drop factors, <c>1,10,100,1000</c>. Ranges are the engine's to check.</summary>
public static class DriversPriceDropListParser
{
    /// <summary>The factors, or why the text is not a list of them.</summary>
    public static Result<IReadOnlyList<double>> Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new List<double>();
        foreach (var p in parts)
        {
            if (!double.TryParse(p.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                return Result.Fail<IReadOnlyList<double>>(
                    "scenario", DriverFields.PriceDrops, $"'{p}' in '{text}' is not a number; give factors separated by commas, e.g. 1,10,100,1000 (no thousands separators).", ErrorCodes.OutOfRange);
            }

            values.Add(v);
        }

        return Result.Ok<IReadOnlyList<double>>(values);
    }
}
