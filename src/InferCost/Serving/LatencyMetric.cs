namespace InferCost.Serving;

/// <summary>The latencies a serving benchmark reports, as vLLM's benchmark_serving defines them.</summary>
public enum LatencyMetric
{
    /// <summary>Time to first token: arrival to the first output token.</summary>
    Ttft,

    /// <summary>Time per output token, excluding the first: (end-to-end - TTFT) / (output - 1), one value per request.</summary>
    Tpot,

    /// <summary>Inter-token latency: the gap between two consecutive output tokens of a request, one value per gap.</summary>
    Itl,

    /// <summary>End-to-end latency: arrival to the last output token.</summary>
    E2e,
}
