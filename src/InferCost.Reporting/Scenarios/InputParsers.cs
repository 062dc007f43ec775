using System.Globalization;
using InferCost.Results;

namespace InferCost.Reporting.Scenarios;

/// <summary>Parses raw scenario text into numbers, with errors that say what is allowed.</summary>
internal static class InputParsers
{
    /// <summary>A positive token count: 512, 4k (4,096), 128K, 1m (1,048,576).</summary>
    public static Result<int> TokenCount(ScenarioValue v)
    {
        var text = v.Text.Trim().Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        long multiplier = 1;
        if (text.EndsWith('k') || text.EndsWith('K'))
        {
            multiplier = 1024;
            text = text[..^1];
        }
        else if (text.EndsWith('m') || text.EndsWith('M'))
        {
            multiplier = 1024 * 1024;
            text = text[..^1];
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n))
        {
            return Result.Fail<int>(v.Origin, "", $"'{v.Text}' is not a token count; use a whole number such as 512, or a k/m suffix such as 4k or 128k (k = 1,024).");
        }

        var tokens = n * multiplier;
        if (tokens < 1 || tokens != Math.Floor(tokens) || tokens > 100_000_000)
        {
            return Result.Fail<int>(v.Origin, "", $"'{v.Text}' must be a whole number of tokens from 1 to 100,000,000.");
        }

        return Result.Ok((int)tokens);
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Result<int> WholeNumber(ScenarioValue v, int min, int max, string what)
    {
        if (!long.TryParse(v.Text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            return Result.Fail<int>(v.Origin, "", $"'{v.Text}' is not allowed; {what} must be a whole number from {min} to {max}.");
        }

        return Result.Ok((int)n);
    }

    /// <summary>A finite number (NaN and infinity are rejected; ranges are the engine's to check).</summary>
    public static Result<double> Number(ScenarioValue v, string what)
    {
        var text = v.Text.Trim().Replace("_", "", StringComparison.Ordinal);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n))
        {
            return Result.Fail<double>(v.Origin, "", $"'{v.Text}' is not a number; {what}.");
        }

        return Result.Ok(n);
    }
}
