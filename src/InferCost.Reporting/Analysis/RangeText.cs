using InferCost.Reporting.Scenarios;
using InferCost.Results;

namespace InferCost.Reporting.Analysis;

/// <summary>
/// A scenario value written as a distribution: <c>low..high</c> (uniform) or <c>low..mode..high</c> (triangular). The ends
/// stay text here: the scenario resolver reads them, so each end gets the field's own parsing and checks.
/// </summary>
/// <param name="Low">The low end as written.</param>
/// <param name="Mode">The mode as written (triangular), or null (uniform).</param>
/// <param name="High">The high end as written.</param>
public sealed record RangeText(string Low, string? Mode, string High)
{
    /// <summary>What separates the ends of a distribution.</summary>
    public const string Separator = "..";

    /// <summary>How a distribution is written, for messages.</summary>
    public const string Syntax = "use low..high (uniform) or low..mode..high (triangular), e.g. 1.07..1.15 or 30000..32000..40000";

    /// <summary>Whether a value is written as a range (a path such as ../model.json is not).</summary>
    public static bool LooksLikeRange(string text) =>
        text.Contains(Separator, StringComparison.Ordinal) && !text.Contains('/') && !text.Contains('\\');

    /// <summary>The range, or null when the value is a single value.</summary>
    public static Result<RangeText?> Parse(ScenarioValue v)
    {
        if (!LooksLikeRange(v.Text))
        {
            return Result.Ok<RangeText?>(null);
        }

        var parts = v.Text.Split(Separator, StringSplitOptions.TrimEntries);
        return parts.Length is 2 or 3 && parts.All(p => p.Length > 0)
            ? Result.Ok<RangeText?>(parts.Length == 2 ? new RangeText(parts[0], null, parts[1]) : new RangeText(parts[0], parts[1], parts[2]))
            : Result.Fail<RangeText?>(v.Origin, "", $"'{v.Text}' is not a range; {Syntax}.");
    }
}
