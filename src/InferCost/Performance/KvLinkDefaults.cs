using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// The KV-transfer figures the catalog does not hold, each with its source. The catalog's figures win where they exist:
/// a scale-up link's bandwidth, latency (the accelerator's one cross-GPU operation latency) and energy per bit, and the
/// scale-out fabric's bandwidth and energy per bit (data/fabrics.yaml).
/// </summary>
public static class KvLinkDefaults
{
    /// <summary>
    /// Share of a link's line rate a large KV transfer reaches: 0.75, from Mooncake's vLLM v1 1P1D benchmark (Qwen3-8B,
    /// TP8 on each side, 8 x 200 Gbit/s RoCE = 200 GB/s per node): between the 146 MiB and 4.5 GiB rows the time grows
    /// by about 1 ms per 150 MB, 150 of 200 GB/s (kvcache-ai/Mooncake docs/source/performance/vllm-v1-support-benchmark.md,
    /// 2025). No measurement of a KV copy over NVLink was found; the same share is assumed there.
    /// </summary>
    public const double Efficiency = 0.75;

    /// <summary>Source of <see cref="Efficiency"/> and <see cref="ScaleOutLatency"/>.</summary>
    public const string MooncakeSource = "Mooncake vLLM v1 P/D benchmark (1P1D, Qwen3-8B, 8 x CX-7 RoCE), https://kvcache-ai.github.io/Mooncake/performance/vllm-v1-support-benchmark.html (2025): t ~ 0.45 ms + size / 150 GB/s per node";

    /// <summary>
    /// Fixed cost of one KV transfer over RDMA (registration, handshake, completion): 0.45 ms, the intercept of the same
    /// Mooncake table (its 20 MB row takes 0.54 ms).
    /// </summary>
    public static Seconds ScaleOutLatency { get; } = Seconds.FromMilliseconds(0.45);
}
