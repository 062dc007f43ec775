using System.Collections.Immutable;
using System.Globalization;
using InferCost.Reporting.Scenarios;
using InferCost.Results;
using InferCost.Serving;
using InferCost.Units;

namespace InferCost.Reporting.Serving;

/// <summary>
/// Latency objectives as text: <c>ttft_p90=2s,tpot_p99=100ms</c>; metrics ttft, tpot, itl and e2e, statistics mean, p50,
/// p90 and p99, limits in s, ms or us.
/// </summary>
public static class ServiceLevelParser
{
    /// <summary>The syntax, for help and errors.</summary>
    public const string Syntax = "METRIC_STAT=LIMIT,... with METRIC ttft, tpot, itl or e2e, STAT mean, p50, p90 or p99, LIMIT in s, ms or us (e.g. ttft_p90=2s,tpot_p99=100ms)";

    /// <summary>Parses <paramref name="v"/>.</summary>
    public static Result<ServiceLevel> Parse(ScenarioValue v)
    {
        var targets = ImmutableArray.CreateBuilder<LatencyTarget>();
        foreach (var part in v.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var target = Target(part);
            if (target is null)
            {
                return Result.Fail<ServiceLevel>(v.Origin, "", $"'{part}' is not a latency objective; use {Syntax}.");
            }

            if (target.Value.Limit.Value <= 0 || target.Value.Limit.Value > SimulationLimits.MaxLatencySeconds)
            {
                return Result.Fail<ServiceLevel>(v.Origin, "", $"'{part}': a limit must be above 0 and at most a day (86,400 s).");
            }

            targets.Add(target.Value);
        }

        return targets.Count == 0
            ? Result.Fail<ServiceLevel>(v.Origin, "", $"'{v.Text}' names no objective; use {Syntax}.")
            : Result.Ok(new ServiceLevel(targets.ToImmutable()));
    }

    private static LatencyTarget? Target(string part)
    {
        var eq = part.Split('=', StringSplitOptions.TrimEntries);
        if (eq.Length != 2)
        {
            return null;
        }

        var name = eq[0].Split('_');
        if (name.Length != 2)
        {
            return null;
        }

        LatencyMetric? metric = name[0].ToLowerInvariant() switch
        {
            "ttft" => LatencyMetric.Ttft,
            "tpot" => LatencyMetric.Tpot,
            "itl" => LatencyMetric.Itl,
            "e2e" => LatencyMetric.E2e,
            _ => null,
        };
        double? percentile = name[1].ToLowerInvariant() switch
        {
            "mean" => 0,
            "p50" => 50,
            "p90" => 90,
            "p99" => 99,
            _ => null,
        };
        var limit = Seconds(eq[1]);
        return metric is { } m && percentile is { } p && limit is { } l ? new LatencyTarget(m, p, new Units.Seconds(l)) : null;
    }

    private static double? Seconds(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var (number, scale) = t.EndsWith("ms", StringComparison.Ordinal) ? (t[..^2], 1e-3)
            : t.EndsWith("us", StringComparison.Ordinal) ? (t[..^2], 1e-6)
            : t.EndsWith('s') ? (t[..^1], 1.0)
            : (t, double.NaN);
        return !double.IsNaN(scale) && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n * scale : null;
    }
}
