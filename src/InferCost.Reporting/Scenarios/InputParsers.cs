using System.Globalization;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Scenarios;

/// <summary>Parses raw scenario text into numbers, with errors that say what is allowed.</summary>
public static class InputParsers
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

        // Prompt and generation lengths share one range in the field table.
        var range = ScenarioFields.Input.Range!;
        var tokens = n * multiplier;
        if (!range.Contains(tokens) || tokens != Math.Floor(tokens))
        {
            return Result.Fail<int>(v.Origin, "", $"'{v.Text}' must be a whole number of tokens {range.Describe("")}.");
        }

        return Result.Ok((int)tokens);
    }

    /// <summary>
    /// The number the text of a numeric field gives, parsed as the field's kind asks (token counts take k/m suffixes; a
    /// batch of 'max' is 0, as the kernel takes it). Whole numbers are checked against the field's range here, since
    /// they must fit an int; real numbers are range-checked by the engine's validator.
    /// </summary>
    public static Result<double> Value(ScenarioField field, ScenarioValue v) => field.Kind switch
    {
        FieldKind.TokenCount => TokenCount(v).Map(n => (double)n),
        FieldKind.Batch => Batch(v).Map(b => b.IsMax ? 0.0 : b.Requests),
        FieldKind.WholeNumber => WholeNumber(v, (int)field.Range!.Min, (int)field.Range.Max, field.Id).Map(n => (double)n),
        FieldKind.Number => Number(v, $"{field.Id} takes a number {field.Range!.Describe(field.Unit)}"),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, $"{field.Id} does not take a number."),
    };

    /// <summary>A batch: a whole number of requests in the batch field's range, or 'max' for the largest that fits.</summary>
    public static Result<BatchSize> Batch(ScenarioValue v)
    {
        if (string.Equals(v.Text.Trim(), "max", StringComparison.OrdinalIgnoreCase))
        {
            return Result.Ok(BatchSize.Max);
        }

        var range = ScenarioFields.Batch.Range!;
        return WholeNumber(v, (int)range.Min, (int)range.Max, "the batch (or 'max')").Map(BatchSize.Of);
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
