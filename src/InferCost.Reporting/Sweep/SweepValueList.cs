using System.Globalization;
using InferCost.Reporting.Scenarios;
using InferCost.Results;

namespace InferCost.Reporting.Sweep;

/// <summary>
/// Expands a swept value into its values: a comma list (<c>1,8,32</c>, <c>h100-sxm,h200-sxm</c>), a range with a factor
/// (<c>1k..128k*2</c>), a step (<c>1.05..1.35+0.1</c>) or a count of evenly spaced values (<c>0.4..0.8:5</c>), or a whole-number
/// range with step 1 (<c>1..16</c>); lists and ranges mix (<c>1,2..8*2,max</c>). Each value keeps the origin of the text it came
/// from, so the usual parser of its field reports any problem with it.
/// </summary>
public static class SweepValueList
{
    /// <summary>The most values one axis may have.</summary>
    public const int MaxValues = 1_000_000;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Whether the text asks for more than one value.</summary>
    public static bool IsSweep(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains("..", StringComparison.Ordinal);

    /// <summary>The values; <paramref name="numeric"/> says whether ranges are allowed, <paramref name="tokens"/> whether k/m suffixes are.</summary>
    public static Result<IReadOnlyList<ScenarioValue>> Expand(ScenarioValue value, bool numeric, bool tokens)
    {
        var values = new List<ScenarioValue>();
        foreach (var raw in value.Text.Split(','))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                return Fail(value, $"'{value.Text}' has an empty item; separate values with single commas, e.g. 1,8,32.");
            }

            if (!part.Contains("..", StringComparison.Ordinal))
            {
                values.Add(value with { Text = part });
                continue;
            }

            if (!numeric)
            {
                return Fail(value, $"'{part}' is a range, but this field takes names; list the values with commas.");
            }

            var range = Range(part, value, tokens);
            if (!range.Succeeded)
            {
                return Result.Fail<IReadOnlyList<ScenarioValue>>(range.Errors);
            }

            values.AddRange(range.Value.Select(v => value with { Text = v.ToString(tokens ? "0" : "R", Invariant) }));
            if (values.Count > MaxValues)
            {
                return Fail(value, $"'{value.Text}' expands to more than {MaxValues:#,##0} values; use a coarser step.");
            }
        }

        return Result.Ok<IReadOnlyList<ScenarioValue>>(values);
    }

    private static Result<List<double>> Range(string part, ScenarioValue origin, bool tokens)
    {
        var usage = $"'{part}' is not a range; use lo..hi*factor (1k..128k*2), lo..hi+step (1.05..1.35+0.1), lo..hi:count (0.4..0.8:5) or whole numbers lo..hi (1..16).";
        var bounds = part.Split("..");
        if (bounds.Length != 2)
        {
            return Result.Fail<List<double>>(origin.Origin, "", usage);
        }

        var tail = bounds[1];
        var opAt = tail.IndexOfAny(['*', '+', ':']);
        var hiText = opAt < 0 ? tail : tail[..opAt];
        var lo = Number(bounds[0], origin, tokens);
        var hi = Number(hiText, origin, tokens);
        if (!lo.Succeeded || !hi.Succeeded)
        {
            return Result.Fail<List<double>>([.. lo.Errors, .. hi.Errors]);
        }

        if (lo.Value > hi.Value)
        {
            return Result.Fail<List<double>>(origin.Origin, "", $"'{part}' runs backwards: {bounds[0]} is above {hiText}; write the low end first.");
        }

        var op = opAt < 0 ? '\0' : tail[opAt];
        var argument = opAt < 0 ? null : Number(tail[(opAt + 1)..], origin, tokens && op == '+');
        if (argument is { Succeeded: false })
        {
            return Result.Fail<List<double>>(argument.Errors);
        }

        var values = new List<double>();
        // Values are computed from the low end (lo x f^i, lo + i x step), not accumulated, so rounding does not drift.
        var limit = hi.Value + (Math.Abs(hi.Value) * 1e-9);
        switch (op)
        {
            case '*' when argument!.Value > 1 && lo.Value > 0:
                for (var i = 0; lo.Value * Math.Pow(argument.Value, i) <= limit && values.Count <= MaxValues; i++)
                {
                    values.Add(lo.Value * Math.Pow(argument.Value, i));
                }

                break;
            case '+' when argument!.Value > 0:
                for (var i = 0; lo.Value + (i * argument.Value) <= limit && values.Count <= MaxValues; i++)
                {
                    values.Add(lo.Value + (i * argument.Value));
                }

                break;
            case ':' when argument!.Value >= 2 && argument.Value == Math.Floor(argument.Value) && argument.Value <= MaxValues:
                var n = (int)argument.Value;
                values.AddRange(Enumerable.Range(0, n).Select(i => lo.Value + ((hi.Value - lo.Value) * i / (n - 1))));
                break;
            case '\0' when lo.Value == Math.Floor(lo.Value) && hi.Value == Math.Floor(hi.Value):
                for (var v = lo.Value; v <= hi.Value && values.Count <= MaxValues; v++)
                {
                    values.Add(v);
                }

                break;
            case '*':
                return Result.Fail<List<double>>(origin.Origin, "", $"'{part}': a geometric range needs a low end above 0 and a factor after * above 1.");
            case '+':
                return Result.Fail<List<double>>(origin.Origin, "", $"'{part}': the step after + must be above 0.");
            case ':':
                return Result.Fail<List<double>>(origin.Origin, "", $"'{part}': the count after : must be a whole number from 2 to {MaxValues:#,##0}.");
            default:
                return Result.Fail<List<double>>(origin.Origin, "", $"'{part}' has fractional ends; give a step (+0.05), a factor (*2) or a count (:5).");
        }

        return Result.Ok(values);
    }

    private static Result<double> Number(string text, ScenarioValue origin, bool tokens)
    {
        var v = origin with { Text = text.Trim() };
        if (tokens)
        {
            var n = InputParsers.TokenCount(v);
            return n.Succeeded ? Result.Ok((double)n.Value) : Result.Fail<double>(n.Errors);
        }

        return InputParsers.Number(v, "range ends and steps are numbers, e.g. 1.05..1.35+0.05");
    }

    private static Result<IReadOnlyList<ScenarioValue>> Fail(ScenarioValue value, string reason) =>
        Result.Fail<IReadOnlyList<ScenarioValue>>(value.Origin, "", reason);
}
