using InferCost.Units;

namespace InferCost.Performance;

/// <summary>One decode step of a TP group at batch B, per GPU.</summary>
/// <param name="Batch">Requests in the step (one new token each).</param>
/// <param name="AverageContext">Mean context length over the decode.</param>
/// <param name="ExpertsTouchedPerLayer">MoE: distinct routed experts the batch reads per MoE layer (0 for dense models).</param>
/// <param name="WeightBytes">Weight bytes read per GPU.</param>
/// <param name="KvBytes">KV bytes read per GPU.</param>
/// <param name="ActivationBytes">Activation bytes read and written per GPU.</param>
/// <param name="Bytes">All bytes moved per GPU.</param>
/// <param name="LinearFlops">Matrix-product FLOPs per GPU.</param>
/// <param name="AttentionFlops">Context-dependent attention FLOPs per GPU.</param>
/// <param name="Flops">All FLOPs per GPU.</param>
/// <param name="Intensity">FLOPs per byte.</param>
/// <param name="RidgePoint">The accelerator's ridge point at the compute precision.</param>
/// <param name="MemoryTime">Time to move all the bytes at achievable bandwidth.</param>
/// <param name="ComputeTime">Time for all the FLOPs at achievable FLOP/s.</param>
/// <param name="LinearTime">Time of the linear layers: the larger of their memory and compute time.</param>
/// <param name="AttentionTime">Time of attention: the larger of its KV-read and compute time.</param>
/// <param name="CommunicationBytes">Bytes each GPU sends in the step's all-reduces.</param>
/// <param name="CommunicationTime">Time of the step's all-reduces.</param>
/// <param name="Overhead">Fixed per-step overhead.</param>
/// <param name="StepTime">Linear time + attention time + communication + overhead.</param>
/// <param name="Bound">Which of memory and compute is longer.</param>
/// <param name="TokensPerSecond">Output tokens per second of one replica: B / step time.</param>
public sealed record DecodeStep(
    int Batch,
    double AverageContext,
    double ExpertsTouchedPerLayer,
    Bytes WeightBytes,
    Bytes KvBytes,
    Bytes ActivationBytes,
    Bytes Bytes,
    Flops LinearFlops,
    Flops AttentionFlops,
    Flops Flops,
    FlopsPerByte Intensity,
    FlopsPerByte RidgePoint,
    Seconds MemoryTime,
    Seconds ComputeTime,
    Seconds LinearTime,
    Seconds AttentionTime,
    Bytes CommunicationBytes,
    Seconds CommunicationTime,
    Seconds Overhead,
    Seconds StepTime,
    Bound Bound,
    TokensPerSecond TokensPerSecond)
{
    /// <summary>Time to stream the step's offloaded KV from the offload tier (zero without offload; see <see cref="KvOffload"/>).</summary>
    public Seconds OffloadTime { get; init; }
}
