using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// What one forward pass (a decode step, or a prefill) moves and computes per GPU. Computed once by a pure function so
/// that the explained estimate and the sweep kernel share every formula.
/// </summary>
/// <param name="WeightBytes">Weight bytes read.</param>
/// <param name="KvBytes">KV-cache bytes read (decode) or written (prefill).</param>
/// <param name="ActivationBytes">Activation bytes read and written.</param>
/// <param name="LinearFlops">FLOPs of the matrix products (routed experts included).</param>
/// <param name="ExpertFlops">The part of <paramref name="LinearFlops"/> in routed-expert GEMMs.</param>
/// <param name="AttentionFlops">FLOPs of attention (scores and values).</param>
public readonly record struct StepWork(Bytes WeightBytes, Bytes KvBytes, Bytes ActivationBytes, Flops LinearFlops, Flops ExpertFlops, Flops AttentionFlops)
{
    /// <summary>All bytes moved.</summary>
    public Bytes Bytes => DecodeStepModel.StepBytes(WeightBytes, KvBytes, ActivationBytes);

    /// <summary>All FLOPs.</summary>
    public Flops Flops => LinearFlops + AttentionFlops;
}
