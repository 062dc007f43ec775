using InferCost.Units;

namespace InferCost.Performance;

/// <summary>All-reduce cost of tensor parallelism over the scale-up link.</summary>
public static class TensorParallelCommunication
{
    /// <summary>
    /// Time of one ring all-reduce of <paramref name="payload"/> across <paramref name="tp"/> GPUs:
    /// latency + 2(TP-1)/TP x payload / per-direction link bandwidth. Zero for one GPU.
    /// </summary>
    public static Seconds AllReduceTime(Bytes payload, int tp, BytesPerSecond linkBandwidth, Seconds latency) =>
        tp <= 1 ? Seconds.Zero : latency + (payload * (2.0 * (tp - 1) / tp) / linkBandwidth);

    /// <summary>Bytes each GPU sends in one ring all-reduce: 2(TP-1)/TP x payload.</summary>
    public static Bytes BytesSentPerGpu(Bytes payload, int tp) => tp <= 1 ? Bytes.Zero : payload * (2.0 * (tp - 1) / tp);
}
