using System.Collections.Immutable;
using InferCost.Serving.Workloads;

namespace InferCost.Serving;

/// <summary>What <c>simulate</c> runs: the load (one run per value), the request lengths, how long, the scheduler, the objective.</summary>
/// <param name="Scheduler">The serving engine's scheduler.</param>
/// <param name="Kind">Rate, concurrency or trace.</param>
/// <param name="Loads">The rates (requests/s) or concurrencies, whole deployment; one value for a trace (its speed).</param>
/// <param name="Lengths">Request lengths (drawn per request), or null for a trace's own.</param>
/// <param name="Burstiness">Coefficient of variation of the gaps between arrivals: 1 is Poisson, above 1 bursty (gamma).</param>
/// <param name="Requests">Requests to send at most (whole deployment).</param>
/// <param name="Duration">Seconds after which no request is sent (infinity: no limit).</param>
/// <param name="Trace">The trace replayed, when <see cref="Kind"/> is <see cref="LoadKind.Trace"/>.</param>
/// <param name="ServiceLevel">The objective good requests meet; null: none.</param>
/// <param name="Seed">The seed of every draw.</param>
public sealed record SimulationPlan(
    SchedulerSettings Scheduler,
    LoadKind Kind,
    ImmutableArray<double> Loads,
    LengthDistribution? Lengths,
    double Burstiness,
    long Requests,
    double Duration,
    RequestTrace? Trace,
    ServiceLevel? ServiceLevel,
    int Seed)
{
    /// <summary>The trace whose requests' lengths are drawn (null: the lengths are distributions of their own).</summary>
    public RequestTrace? LengthsTrace { get; init; }
}
