using InferCost.Units;

namespace InferCost.Performance;

/// <summary>Prefill of a group of requests' prompts by one TP group, per GPU.</summary>
/// <param name="Requests">Requests prefilled together.</param>
/// <param name="Tokens">Prompt tokens in all.</param>
/// <param name="Passes">Forward passes (chunks of at most the batched-token budget).</param>
/// <param name="Bytes">Bytes moved per GPU: weights once per pass, KV written, activations.</param>
/// <param name="Flops">FLOPs per GPU, linear and attention (which grows with prompt length squared).</param>
/// <param name="MemoryTime">Time to move the bytes at achievable bandwidth.</param>
/// <param name="ComputeTime">Time for the FLOPs at achievable FLOP/s.</param>
/// <param name="CommunicationTime">All-reduce time.</param>
/// <param name="Overhead">Per-pass overhead, all passes.</param>
/// <param name="Time">Linear-layer time + attention time (each the larger of its memory and compute time) + communication + overhead.</param>
/// <param name="Bound">Which of memory and compute is longer.</param>
public sealed record PrefillPass(
    int Requests,
    double Tokens,
    double Passes,
    Bytes Bytes,
    Flops Flops,
    Seconds MemoryTime,
    Seconds ComputeTime,
    Seconds CommunicationTime,
    Seconds Overhead,
    Seconds Time,
    Bound Bound);
