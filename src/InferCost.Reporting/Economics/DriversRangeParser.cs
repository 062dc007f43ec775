using System.Globalization;
using InferCost.Results;

namespace InferCost.Reporting.Economics;

/// <summary>Parses a driver's gain per cycle: <c>2..3</c> (a range) or <c>2.5</c> (low = high). Ranges are the engine's to check.</summary>
public static class DriversRangeParser
{
    /// <summary>The ends written in <paramref name="text"/>, or why it is not a gain; errors name <paramref name="field"/>.</summary>
    public static Result<(double Low, double High)> Parse(string text, string field)
    {
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2 && parts.All(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            var low = double.Parse(parts[0], CultureInfo.InvariantCulture);
            return Result.Ok((low, parts.Length == 2 ? double.Parse(parts[1], CultureInfo.InvariantCulture) : low));
        }

        return Result.Fail<(double, double)>("scenario", field, $"'{text}' is not a gain per cycle; write low..high (e.g. 2..3) or one number (e.g. 2.5).", ErrorCodes.OutOfRange);
    }
}
