namespace InferCost.Serving;

/// <summary>The highest request rate a deployment sustains within a service level, and what a token costs there.</summary>
/// <param name="Objective">The service level.</param>
/// <param name="Best">The run at the highest rate found that meets it; null when even the lowest rate tried misses it.</param>
/// <param name="Miss">The run at the lowest rate found that misses it (the search's upper bracket); null when none missed.</param>
/// <param name="Missed">The target <paramref name="Miss"/> missed first.</param>
/// <param name="Runs">Simulations the search ran.</param>
/// <param name="Cost">The cost at <paramref name="Best"/>'s rate; null without one.</param>
/// <param name="Saturated">The same requests far past the knee (at least 4x the rate found, doubled until the server serves under 80% of what is offered): the throughput-optimal run, no objective.</param>
/// <param name="Optimal">The cost at <paramref name="Saturated"/>: the throughput-optimal $/1M tokens for these requests.</param>
public sealed record SloResult(ServiceLevel Objective, SimulationRun? Best, SimulationRun? Miss, LatencyTarget? Missed, int Runs, SloCost? Cost, SimulationRun Saturated, SloCost Optimal)
{
    /// <summary>The TTFT tax: what the service level adds to the throughput-optimal $/1M output tokens, as a share (0.5 = +50%).</summary>
    public double? Tax => Cost is { } c && Optimal.PerMillionOutput.Value > 0 ? (c.PerMillionOutput.Value / Optimal.PerMillionOutput.Value) - 1 : null;
}
