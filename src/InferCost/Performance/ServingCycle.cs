using System.Runtime.CompilerServices;
using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// The timing of one batch's life on a replica, composed once for the explained estimate and the sweep kernel: the
/// prefill of the batch's prompts yields each request's first token, then output - 1 decode steps yield the rest.
/// </summary>
public static class ServingCycle
{
    /// <summary>Decode step time: t_lin + t_attn + t_comm + t_overhead.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds StepTime(in KernelDurations kernels, Seconds communication, Seconds overhead) =>
        kernels.Linear + kernels.Attention + communication + overhead;

    /// <summary>
    /// Decode step time with part of the KV streamed from an offload tier (<see cref="KvOffload"/>): the stream is prefetched
    /// layer by layer while the kernels run, so max(t_lin + t_attn, t_offload) + t_comm + t_overhead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds StepTime(in KernelDurations kernels, Seconds communication, Seconds overhead, Seconds offload) =>
        Seconds.Max(kernels.Linear + kernels.Attention, offload) + communication + overhead;

    /// <summary>Time of a request's decode steps: (output - 1) x t_step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds DecodeTime(Seconds stepTime, double decodeSteps) => stepTime * decodeSteps;

    /// <summary>Cycle time for a batch: T = t_prefill(B) + (output - 1) x t_step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds Cycle(Seconds prefillTime, Seconds decodeTime) => prefillTime + decodeTime;

    /// <summary>
    /// Mean inter-token latency with the other requests' prefills interleaved (in-flight batching): t_step + (t_prefill(B)
    /// - t_prefill(1)) / (output - 1); t_step when there is no decode step.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Seconds InterTokenLatency(Seconds stepTime, Seconds prefillBatch, Seconds prefillOne, double decodeSteps) =>
        decodeSteps > 0 ? stepTime + (Seconds.Max(prefillBatch - prefillOne, Seconds.Zero) / decodeSteps) : stepTime;

    /// <summary>Tokens per second of the whole system: replicas x B x tokens per request / time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TokensPerSecond SystemRate(int replicas, double batch, double tokensPerRequest, Seconds time) =>
        TokensPerSecond.Of(replicas * batch * tokensPerRequest, time);
}
