using System.Globalization;
using InferCost.Reporting.Scenarios;
using InferCost.Results;
using InferCost.Serving.Workloads;

namespace InferCost.Reporting.Serving;

/// <summary>
/// A length distribution as text: <c>fixed</c> (the scenario's length), a whole number, <c>uniform:LO..HI</c> or
/// <c>lognormal:MEDIAN:SIGMA</c>.
/// </summary>
public static class TokenCounts
{
    /// <summary>The syntax, for help and errors.</summary>
    public const string Syntax = "fixed (the scenario's), a number of tokens, uniform:LO..HI or lognormal:MEDIAN:SIGMA";

    /// <summary>Parses <paramref name="v"/>; <paramref name="scenario"/> is what <c>fixed</c> means.</summary>
    public static Result<TokenCountDistribution> Parse(ScenarioValue v, int scenario)
    {
        var text = v.Text.Trim();
        var field = v.Origin;
        Result<TokenCountDistribution> Relabel(Result<TokenCountDistribution> r) =>
            r.Succeeded ? r : Result.Fail<TokenCountDistribution>([.. r.Errors.Select(e => e with { Source = v.Origin, Field = "" })]);

        if (text.Equals("fixed", StringComparison.OrdinalIgnoreCase))
        {
            return Relabel(TokenCountDistribution.Fixed(scenario, field));
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return Relabel(TokenCountDistribution.Fixed(n, field));
        }

        var parts = text.Split(':');
        if (parts.Length == 2 && parts[0].Equals("uniform", StringComparison.OrdinalIgnoreCase))
        {
            var range = parts[1].Split("..");
            if (range.Length == 2 && int.TryParse(range[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var lo)
                && int.TryParse(range[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var hi))
            {
                return Relabel(TokenCountDistribution.Uniform(lo, hi, field));
            }
        }

        if (parts.Length == 3 && parts[0].Equals("lognormal", StringComparison.OrdinalIgnoreCase)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var median)
            && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var sigma))
        {
            return Relabel(TokenCountDistribution.LogNormal(median, sigma, field));
        }

        return Result.Fail<TokenCountDistribution>(v.Origin, "", $"'{v.Text}' is not a length distribution; use {Syntax}.");
    }
}
