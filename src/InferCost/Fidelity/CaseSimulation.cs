using InferCost.Scenarios;
using InferCost.Serving;
using InferCost.Serving.Workloads;

namespace InferCost.Fidelity;

/// <summary>
/// Predicts a serving case with the serving simulator, as the benchmark tools measure one run: vLLM's benchmark_serving
/// and SGLang's bench_serving send a number of prompts at a request rate (Poisson) or at most N at a time, and print the
/// mean TTFT, the mean ITL (every gap between two streamed tokens, pooled over the requests) and the output tokens per
/// second over the run (total output tokens / run duration). The case's lengths are fixed (the sources' means), the seed
/// is fixed, and a case states a few thousand requests at most (<see cref="BenchmarkCase.MaxRequests"/>), so a case's
/// simulation is bounded and repeats exactly.
/// </summary>
public static class CaseSimulation
{
    /// <summary>The seed of every draw (arrival gaps), fixed so that a validation run repeats exactly.</summary>
    public const int Seed = 1;

    /// <summary>
    /// Requests sent at a rate when the case does not say how many: 2,000, the simulator's own default (<see
    /// cref="SimulationLimits.DefaultRequests"/>), long enough that the start and the end are a small share of the run.
    /// </summary>
    public const long DefaultRateRequests = SimulationLimits.DefaultRequests;

    /// <summary>
    /// Requests per user when a concurrency case does not say how many (TTFT under load from a source that gives no
    /// count): ten each, at least <see cref="MinimumDefaultRequests"/>, so that the ramp-up and the drain are a small share.
    /// </summary>
    public const int DefaultRequestsPerUser = 10;

    /// <summary>The fewest requests sent at a concurrency whose count the case does not give.</summary>
    public const long MinimumDefaultRequests = 100;

    /// <summary>The requests the simulation sends for <paramref name="c"/>: the case's own count, else the documented default.</summary>
    public static long RequestsOf(BenchmarkCase c) => c.Requests ?? (c.Concurrency.Kind == ConcurrencyKind.Rate
        ? DefaultRateRequests
        : Math.Max(MinimumDefaultRequests, (long)c.Concurrency.Value * DefaultRequestsPerUser));

    /// <summary>The simulation plan of case <paramref name="c"/> on scenario <paramref name="s"/>, or why there is none.</summary>
    public static (SimulationPlan? Plan, string? Reason) Plan(BenchmarkCase c, Scenario s)
    {
        if (c.Concurrency.Kind == ConcurrencyKind.Rate && double.IsPositiveInfinity(c.Concurrency.Value) && c.Requests is null)
        {
            return (null, "qps:inf sends every request at once, but the case does not say how many (the requests column).");
        }

        var lengths = LengthDistribution.Fixed(c.InputTokens, c.OutputTokens);
        if (!lengths.Succeeded)
        {
            return (null, "its lengths cannot be simulated: " + lengths.Errors[0].Reason);
        }

        // The server as the stack runs it by default (and the case's request cap where the source set one): continuous
        // batching, decode first, paged KV in vLLM's 16-token blocks, recompute on preemption.
        var scheduler = new SchedulerSettings(
            BatchingMode.Continuous, s.Serving.MaxRunningRequests, s.Serving.MaxBatchedTokens, SchedulingPolicy.DecodeFirst,
            KvCacheLayout.Paged, SchedulerSettings.DefaultBlockSize, PreemptionMode.Recompute);
        var requests = RequestsOf(c);
        var (kind, load) = c.Concurrency switch
        {
            // All at once: a burst of the requests sent, which is a concurrency of that many.
            { Kind: ConcurrencyKind.Rate, Value: var rate } when double.IsPositiveInfinity(rate) => (LoadKind.Concurrency, (double)requests),
            { Kind: ConcurrencyKind.Rate, Value: var rate } => (LoadKind.Rate, rate),
            { Value: var users } => (LoadKind.Concurrency, users),
        };
        return (new SimulationPlan(scheduler, kind, [load], lengths.Value, 1, requests, double.PositiveInfinity, null, null, Seed), null);
    }

    /// <summary>Simulates case <paramref name="c"/> on scenario <paramref name="s"/>: the case's metric, or why it was not simulated.</summary>
    public static (double? Value, string? Reason) Predict(BenchmarkCase c, Scenario s)
    {
        var (plan, why) = Plan(c, s);
        if (plan is null)
        {
            return (null, why);
        }

        var runs = SimulationAnalysis.Run(s, plan);
        if (!runs.Succeeded)
        {
            // The simulator's own refusal (disaggregated, KV offload, no room for KV, a load that does not split over the
            // replicas), in its words.
            return (null, "not simulated: " + string.Join("; ", runs.Errors.Select(e => $"{e.Field} {e.Reason}".Trim())));
        }

        var run = runs.Value[0];
        return c.Metric switch
        {
            Metric.OutputTokensPerSecond => (run.OutputRate, null),
            Metric.TimeToFirstTokenMs => (run.Replica.Ttft.Mean.Value * 1e3, null),
            Metric.InterTokenLatencyMs when run.Replica.Itl.Count == 0 => (null, "one output token per request: there is no gap between tokens to measure."),
            Metric.InterTokenLatencyMs => (run.Replica.Itl.Mean.Value * 1e3, null),
            _ => (null, $"{MetricNames.Of(c.Metric)} is not a serving metric; the simulator predicts ttft_ms, itl_ms and output_tps."),
        };
    }
}
