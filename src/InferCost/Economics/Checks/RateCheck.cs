using InferCost.Results;
using InferCost.Scenarios.Fields;

namespace InferCost.Economics.Checks;

/// <summary>
/// Checks a rate or factor a user can override (a price, a multiplier, a driver's gain) against its range, with the
/// field's canonical id in the error so that a front end can spell it as its own flag or key.
/// </summary>
public static class RateCheck
{
    /// <summary>The error source the economics analyses report under: a value given for the analysis, like a scenario field.</summary>
    public const string Source = "scenario";

    /// <summary>Null when <paramref name="value"/> is a finite number in <paramref name="range"/>; else the error naming <paramref name="field"/>.</summary>
    public static InputError? Check(string field, double value, FieldRange range, string unit)
    {
        if (!double.IsFinite(value))
        {
            return Error(field, $"must be a finite number {range.Describe(unit)} ({range.Reason}); it is not a number or is infinite.");
        }

        return range.Contains(value)
            ? null
            : Error(field, $"must be {range.Describe(unit)} ({range.Reason}), found {FieldRange.Format(value)}.");
    }

    /// <summary>Like <see cref="Check"/>, and the value must be a whole number.</summary>
    public static InputError? CheckWhole(string field, double value, FieldRange range, string unit) =>
        Check(field, value, range, unit)
        ?? (value == Math.Floor(value) ? null : Error(field, $"must be a whole number {range.Describe(unit)} ({range.Reason}), found {FieldRange.Format(value)}."));

    /// <summary>An out-of-range error on <paramref name="field"/>.</summary>
    public static InputError Error(string field, string reason) => new(Source, field, reason, ErrorCodes.OutOfRange);

    /// <summary>The value, or the errors collected (at least one when <paramref name="errors"/> is not empty).</summary>
    public static Result<T> Collect<T>(List<InputError?> errors, Func<T> value)
    {
        var found = errors.OfType<InputError>().ToList();
        return found.Count > 0 ? Result.Fail<T>(found) : Result.Ok(value());
    }
}
