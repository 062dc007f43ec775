using System.Collections.Immutable;
using System.Globalization;
using InferCost.Reporting.Scenarios;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Serving;
using InferCost.Serving.Workloads;
using InferCost.Units;

namespace InferCost.Reporting.Serving;

/// <summary>Turns the raw simulation settings into a <see cref="SimulationPlan"/>, every problem pointed at the value given.</summary>
public static class SimulationInputParser
{
    /// <summary>
    /// The plan of an SLO search for scenario <paramref name="s"/>: open-loop arrivals at rates the search chooses, so no
    /// load is given; the objective is required.
    /// </summary>
    public static Result<SimulationPlan> ParseForSearch(SimulationInput i, Scenario s)
    {
        if (i.Slo is null)
        {
            return Result.Fail<SimulationPlan>("slo", "", $"needs the service level to search against: {ServiceLevelParser.Syntax}.");
        }

        return Parse(i with { Rate = new ScenarioValue("1", "slo") }, s);
    }

    /// <summary>The plan for scenario <paramref name="s"/> (its input and output lengths and its stack are the defaults).</summary>
    public static Result<SimulationPlan> Parse(SimulationInput i, Scenario s)
    {
        var errors = new List<InputError>();
        T Take<T>(Result<T> r, T fallback)
        {
            errors.AddRange(r.Errors);
            return r.Succeeded ? r.Value : fallback;
        }

        var given = new[] { i.Rate, i.Concurrency, i.Trace }.Count(v => v is not null);
        if (given != 1)
        {
            errors.Add(new InputError("simulation", "", given == 0
                ? "needs a load: a request rate (requests/s, e.g. 2,4,8), a concurrency (users, e.g. 1,8,32) or a trace (azure-conv, azure-code or a CSV file)."
                : "takes one load: a rate, a concurrency or a trace, not several."));
        }

        var kind = i.Concurrency is not null ? LoadKind.Concurrency : i.Trace is not null ? LoadKind.Trace : LoadKind.Rate;
        var loads = kind switch
        {
            LoadKind.Concurrency => Take(List(i.Concurrency!, "a concurrency", 1, SimulationLimits.MaxConcurrency, whole: true), []),
            LoadKind.Trace => i.TraceSpeed is null ? [1.0] : Take(List(i.TraceSpeed, "a trace speed", TraceLimits.MinSpeed, TraceLimits.MaxSpeed, whole: false), []),
            _ => i.Rate is null ? [] : Take(List(i.Rate, "a request rate (requests/s)", WorkloadLimits.MinRate, WorkloadLimits.MaxRate, whole: false), []),
        };
        if (i.TraceSpeed is not null && kind != LoadKind.Trace)
        {
            errors.Add(new InputError(i.TraceSpeed.Origin, "", "scales a trace's arrival times, but no trace is given."));
        }

        var trace = kind == LoadKind.Trace ? Take(Pointed(TraceFileReader.Read(i.Trace!.Text), i.Trace).Map(t => (RequestTrace?)t), null) : null;
        var lengthsTrace = kind != LoadKind.Trace && i.LengthsFrom is { } from ? Take(Pointed(TraceFileReader.Read(from.Text), from).Map(t => (RequestTrace?)t), null) : null;
        var lengths = kind == LoadKind.Trace ? null : Take(Lengths(i, s, lengthsTrace), null);
        var burstiness = i.Burstiness is null ? 1 : Take(Bounded(i.Burstiness, "the burstiness (coefficient of variation of the gaps; 1 is Poisson)", WorkloadLimits.MinBurstiness, WorkloadLimits.MaxBurstiness), 1);
        if (i.Burstiness is not null && kind != LoadKind.Rate)
        {
            errors.Add(new InputError(i.Burstiness.Origin, "", "shapes the gaps of arrivals drawn at a rate; it does not apply to a concurrency or a trace."));
        }

        var requests = i.Requests is null
            ? (i.Duration is null ? SimulationLimits.DefaultRequests : SimulationLimits.MaxRequests)
            : Take(WholeLong(i.Requests, "the requests to send", 1, SimulationLimits.MaxRequests), 1);
        var duration = i.Duration is null ? double.PositiveInfinity : Take(Bounded(i.Duration, "the duration in seconds", 0.001, SimulationLimits.MaxDuration), 1);
        var slo = i.Slo is null ? null : Take(ServiceLevelParser.Parse(i.Slo).Map(l => (ServiceLevel?)l), null);
        var seed = i.Seed is null ? 1 : Take(InputParsers.WholeNumber(i.Seed, 0, int.MaxValue, "the seed"), 1);
        var scheduler = new SchedulerSettings(
            i.Batching is null ? BatchingMode.Continuous : Take(Choice(i.Batching, ("continuous", BatchingMode.Continuous), ("static", BatchingMode.Static)), BatchingMode.Continuous),
            i.MaxRunning is null ? s.Serving.MaxRunningRequests : Take(InputParsers.WholeNumber(i.MaxRunning, 1, SimulationLimits.MaxRunning, "the requests in flight per replica"), 1),
            s.Serving.MaxBatchedTokens,
            i.Policy is null ? SchedulingPolicy.DecodeFirst : Take(Choice(i.Policy, ("decode-first", SchedulingPolicy.DecodeFirst), ("prefill-first", SchedulingPolicy.PrefillFirst)), SchedulingPolicy.DecodeFirst),
            i.KvCache is null ? KvCacheLayout.Paged : Take(Choice(i.KvCache, ("paged", KvCacheLayout.Paged), ("contiguous", KvCacheLayout.Contiguous)), KvCacheLayout.Paged),
            i.BlockSize is null ? SchedulerSettings.DefaultBlockSize : Take(InputParsers.WholeNumber(i.BlockSize, 1, SimulationLimits.MaxBlockSize, "the tokens per KV block"), 1),
            i.Preemption is null ? PreemptionMode.Recompute : Take(Choice(i.Preemption, ("recompute", PreemptionMode.Recompute), ("swap", PreemptionMode.Swap)), PreemptionMode.Recompute))
        {
            PrefixHitRate = i.PrefixHit is null ? 0 : Take(Bounded(i.PrefixHit, "the share of each prompt found in the prefix cache", 0, SchedulerSettings.MaxPrefixHitRate), 0),
        };
        return errors.Count > 0
            ? Result.Fail<SimulationPlan>(errors)
            : Result.Ok(new SimulationPlan(scheduler, kind, [.. loads], lengths, burstiness, requests, duration, trace, slo, seed) { LengthsTrace = lengthsTrace });
    }

    // Input and output lengths: drawn together from a trace, or each from its own distribution (fixed at the scenario's by default).
    private static Result<LengthDistribution?> Lengths(SimulationInput i, Scenario s, RequestTrace? trace)
    {
        if (i.LengthsFrom is { } from)
        {
            if (i.InputLengths is not null || i.OutputLengths is not null)
            {
                return Result.Fail<LengthDistribution?>(from.Origin, "", "draws input and output together from a trace; leave the input and output length distributions out.");
            }

            // A trace that did not read is already an error.
            return Result.Ok(trace is null ? null : (LengthDistribution?)LengthDistribution.Empirical(trace));
        }

        var input = i.InputLengths is null ? TokenCountDistribution.Fixed(s.InputTokens, "input") : TokenCounts.Parse(i.InputLengths, s.InputTokens);
        var output = i.OutputLengths is null ? TokenCountDistribution.Fixed(s.OutputTokens, "output") : TokenCounts.Parse(i.OutputLengths, s.OutputTokens);
        return input.Succeeded && output.Succeeded
            ? Result.Ok<LengthDistribution?>(LengthDistribution.Independent(input.Value, output.Value))
            : Result.Fail<LengthDistribution?>([.. input.Errors, .. output.Errors]);
    }

    // The reader names the field trace; here the file came from this option.
    private static Result<RequestTrace> Pointed(Result<RequestTrace> r, ScenarioValue v) =>
        r.Succeeded || r.Errors.Any(e => e.Source != "scenario") ? r : Result.Fail<RequestTrace>([.. r.Errors.Select(e => e with { Source = v.Origin, Field = "" })]);

    private static Result<ImmutableArray<double>> List(ScenarioValue v, string what, double min, double max, bool whole)
    {
        var parts = v.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Length > SimulationLimits.MaxLoads)
        {
            return Result.Fail<ImmutableArray<double>>(v.Origin, "", $"'{v.Text}' is not allowed; give {what} or a comma list of 1 to {SimulationLimits.MaxLoads}.");
        }

        var values = ImmutableArray.CreateBuilder<double>(parts.Length);
        foreach (var part in parts)
        {
            var n = whole
                ? InputParsers.WholeNumber(new ScenarioValue(part, v.Origin), (int)min, (int)max, what).Map(x => (double)x)
                : Bounded(new ScenarioValue(part, v.Origin), what, min, max);
            if (!n.Succeeded)
            {
                return Result.Fail<ImmutableArray<double>>(n.Errors);
            }

            values.Add(n.Value);
        }

        return Result.Ok(values.MoveToImmutable());
    }

    internal static Result<double> Bounded(ScenarioValue v, string what, double min, double max)
    {
        var n = InputParsers.Number(v, $"{what} must be a number from {F(min)} to {F(max)}");
        return !n.Succeeded || (n.Value >= min && n.Value <= max)
            ? n
            : Result.Fail<double>(v.Origin, "", $"'{v.Text}' is not allowed; {what} must be from {F(min)} to {F(max)}.");
    }

    private static Result<long> WholeLong(ScenarioValue v, string what, long min, long max) =>
        long.TryParse(v.Text.Trim().Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? Result.Ok(n)
            : Result.Fail<long>(v.Origin, "", $"'{v.Text}' is not allowed; {what} must be a whole number from {min:#,##0} to {max:#,##0}.");

    private static Result<T> Choice<T>(ScenarioValue v, params (string Name, T Value)[] choices)
    {
        foreach (var (name, value) in choices)
        {
            if (string.Equals(v.Text.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return Result.Ok(value);
            }
        }

        return Result.Fail<T>(v.Origin, "", $"'{v.Text}' is not allowed; use {string.Join(" or ", choices.Select(c => c.Name))}.");
    }

    private static string F(double x) => x.ToString("#,##0.###", CultureInfo.InvariantCulture);
}
