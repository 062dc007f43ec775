namespace InferCost.Serving;

/// <summary>One simulated load on the whole deployment.</summary>
/// <param name="Load">The offered load as given (requests/s, users, or the trace's speed).</param>
/// <param name="Replicas">Replicas the load is spread over; each one is simulated with its share (disaggregated: the decode instances).</param>
/// <param name="Replica">What one replica measured (disaggregated: one decode instance, its requests' latencies from the client's view).</param>
public sealed record SimulationRun(double Load, int Replicas, SimulationResult Replica)
{
    /// <summary>Requests per second the deployment served.</summary>
    public double RequestRate => Replica.RequestRate * Replicas;

    /// <summary>Output tokens per second the deployment produced.</summary>
    public double OutputRate => Replica.OutputRate.Value * Replicas;

    /// <summary>Input tokens per second the deployment prefilled.</summary>
    public double InputRate => Replica.InputRate.Value * Replicas;

    /// <summary>Good requests per second of the deployment.</summary>
    public double Goodput => Replica.Goodput * Replicas;

    /// <summary>A disaggregated deployment's prefill instance (its prompts, first tokens and busy share); null when aggregated.</summary>
    public SimulationResult? Prefill { get; init; }

    /// <summary>A disaggregated deployment's prefill instances; 0 when aggregated.</summary>
    public int PrefillInstances { get; init; }
}
