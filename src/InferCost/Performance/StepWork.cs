using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// What one forward pass (a decode step, or a prefill) moves and computes per GPU. Computed once by a pure function so
/// that the explained estimate and the sweep kernel share every formula.
/// </summary>
/// <param name="WeightBytes">Weight bytes read (routed experts included).</param>
/// <param name="KvBytes">KV-cache bytes read (decode) or written (prefill).</param>
/// <param name="ActivationBytes">Activation bytes read and written, token permute/unpermute for the experts included.</param>
/// <param name="LinearFlops">FLOPs of the matrix products (routed experts and LM head included).</param>
/// <param name="ExpertFlops">The part of <paramref name="LinearFlops"/> in routed-expert GEMMs.</param>
/// <param name="AttentionFlops">FLOPs of attention (scores and values).</param>
/// <param name="ExpertWeightBytes">The part of <paramref name="WeightBytes"/> in the routed experts the pass touches.</param>
/// <param name="ExpertGemmFlops">FLOPs the routed-expert grouped GEMMs execute: <paramref name="ExpertFlops"/> with each expert's rows padded to the MMA tile.</param>
/// <param name="HeadFlops">The part of <paramref name="LinearFlops"/> in the LM head (run at the head's precision).</param>
/// <param name="HeadBytes">The part of <paramref name="WeightBytes"/> in the LM head.</param>
public readonly record struct StepWork(
    Bytes WeightBytes,
    Bytes KvBytes,
    Bytes ActivationBytes,
    Flops LinearFlops,
    Flops ExpertFlops,
    Flops AttentionFlops,
    Bytes ExpertWeightBytes = default,
    Flops ExpertGemmFlops = default,
    Flops HeadFlops = default,
    Bytes HeadBytes = default)
{
    /// <summary>All bytes moved.</summary>
    public Bytes Bytes => DecodeStepModel.StepBytes(WeightBytes, KvBytes, ActivationBytes);

    /// <summary>All FLOPs (the useful ones: tile padding excluded).</summary>
    public Flops Flops => LinearFlops + AttentionFlops;

    /// <summary>The work of two passes one after the other (a verify pass and its drafts).</summary>
    public static StepWork operator +(in StepWork a, in StepWork b) => new(
        a.WeightBytes + b.WeightBytes,
        a.KvBytes + b.KvBytes,
        a.ActivationBytes + b.ActivationBytes,
        a.LinearFlops + b.LinearFlops,
        a.ExpertFlops + b.ExpertFlops,
        a.AttentionFlops + b.AttentionFlops,
        a.ExpertWeightBytes + b.ExpertWeightBytes,
        a.ExpertGemmFlops + b.ExpertGemmFlops,
        a.HeadFlops + b.HeadFlops,
        a.HeadBytes + b.HeadBytes);

    /// <summary><paramref name="k"/> times the work (k passes, or a share of one when k is below 1).</summary>
    public static StepWork operator *(in StepWork a, double k) => new(
        a.WeightBytes * k,
        a.KvBytes * k,
        a.ActivationBytes * k,
        a.LinearFlops * k,
        a.ExpertFlops * k,
        a.AttentionFlops * k,
        a.ExpertWeightBytes * k,
        a.ExpertGemmFlops * k,
        a.HeadFlops * k,
        a.HeadBytes * k);
}
