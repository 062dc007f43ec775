namespace InferCost.Fidelity;

/// <summary>A measured quantity a benchmark case reports.</summary>
public enum Metric
{
    /// <summary>Output tokens per second of the whole system (<c>output_tps</c>).</summary>
    OutputTokensPerSecond,
    /// <summary>Mean inter-token latency in milliseconds (<c>itl_ms</c>).</summary>
    InterTokenLatencyMs,
    /// <summary>Mean time to first token in milliseconds (<c>ttft_ms</c>).</summary>
    TimeToFirstTokenMs,
    /// <summary>GPU energy per output token in joules (<c>energy_j_per_output_token</c>).</summary>
    EnergyPerOutputToken,
}
