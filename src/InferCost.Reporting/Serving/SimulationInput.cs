using InferCost.Reporting.Scenarios;

namespace InferCost.Reporting.Serving;

/// <summary>The raw simulation settings as given, each with where it came from (null: not given).</summary>
public sealed record SimulationInput
{
    /// <summary>Requests per second, a value or a comma list.</summary>
    public ScenarioValue? Rate { get; init; }

    /// <summary>Users in a closed loop, a value or a comma list.</summary>
    public ScenarioValue? Concurrency { get; init; }

    /// <summary>A shipped trace's name or a CSV file.</summary>
    public ScenarioValue? Trace { get; init; }

    /// <summary>Trace speed factors, a value or a comma list.</summary>
    public ScenarioValue? TraceSpeed { get; init; }

    /// <summary>Requests to send.</summary>
    public ScenarioValue? Requests { get; init; }

    /// <summary>Seconds of sending.</summary>
    public ScenarioValue? Duration { get; init; }

    /// <summary>Input length distribution.</summary>
    public ScenarioValue? InputLengths { get; init; }

    /// <summary>Output length distribution.</summary>
    public ScenarioValue? OutputLengths { get; init; }

    /// <summary>A trace whose (input, output) pairs are drawn together.</summary>
    public ScenarioValue? LengthsFrom { get; init; }

    /// <summary>Coefficient of variation of the gaps between arrivals.</summary>
    public ScenarioValue? Burstiness { get; init; }

    /// <summary>Latency objectives.</summary>
    public ScenarioValue? Slo { get; init; }

    /// <summary>The seed.</summary>
    public ScenarioValue? Seed { get; init; }

    /// <summary>continuous or static.</summary>
    public ScenarioValue? Batching { get; init; }

    /// <summary>decode-first or prefill-first.</summary>
    public ScenarioValue? Policy { get; init; }

    /// <summary>paged or contiguous.</summary>
    public ScenarioValue? KvCache { get; init; }

    /// <summary>Tokens per KV block.</summary>
    public ScenarioValue? BlockSize { get; init; }

    /// <summary>recompute or swap.</summary>
    public ScenarioValue? Preemption { get; init; }

    /// <summary>Requests in flight per replica at most.</summary>
    public ScenarioValue? MaxRunning { get; init; }

    /// <summary>Share of each prompt found in the prefix cache.</summary>
    public ScenarioValue? PrefixHit { get; init; }
}
