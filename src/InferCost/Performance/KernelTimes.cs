using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// The per-operator roofline shared by decode and prefill: the dense linear layers (the LM head at its own precision),
/// the routed-expert grouped GEMMs and attention (at the KV precision) are separate kernels, each bound by the larger
/// of its memory and compute time, run one after the other.
/// </summary>
public static class KernelTimes
{
    /// <summary>The kernel times of a forward pass at the achievable rates <paramref name="r"/>.</summary>
    public static KernelDurations Of(in StepWork w, in KernelRates r)
    {
        var denseCompute = ((w.LinearFlops - w.ExpertFlops - w.HeadFlops) / r.Compute) + (w.HeadFlops / r.HeadCompute);
        var expertCompute = w.ExpertGemmFlops / (r.Compute * r.ExpertFraction);
        var experts = Seconds.Max(w.ExpertWeightBytes / (r.Bandwidth * r.ExpertFraction), expertCompute);
        var dense = Seconds.Max((w.WeightBytes - w.ExpertWeightBytes + w.ActivationBytes) / r.Bandwidth, denseCompute);
        var attentionCompute = w.AttentionFlops / r.AttentionCompute;
        return new KernelDurations(
            denseCompute + expertCompute,
            dense + experts,
            Seconds.Max(w.KvBytes / r.Bandwidth, attentionCompute),
            w.Bytes / r.Bandwidth,
            denseCompute + expertCompute + attentionCompute,
            experts);
    }

    /// <summary>Computes the kernel times with <see cref="Of"/> and records each in the derivation.</summary>
    public static KernelDurations Record(Derivation d, in StepWork w, in KernelRates r)
    {
        var k = Of(w, r);
        d.Step(
            "Linear-layer compute time",
            "t_lin,compute = (F_lin - F_experts - F_head) / FLOP/s' + F_head / FLOP/s'_head + F_experts,padded / (FLOP/s' x f_expert)",
            k.LinearCompute,
            In("F_lin", w.LinearFlops), In("F_experts", w.ExpertFlops), In("F_head", w.HeadFlops), In("F_experts,padded", w.ExpertGemmFlops),
            In("FLOP/s'", r.Compute), In("FLOP/s'_head", r.HeadCompute), In("f_expert", Quantity.Share(r.ExpertFraction)));
        if (w.ExpertWeightBytes.Value > 0)
        {
            d.Step(
                "Routed-expert grouped GEMM time",
                "t_experts = max(W_experts / (BW' x f_expert), F_experts,padded / (FLOP/s' x f_expert))",
                k.Experts,
                In("W_experts", w.ExpertWeightBytes), In("BW'", r.Bandwidth), In("F_experts,padded", w.ExpertGemmFlops),
                In("FLOP/s'", r.Compute), In("f_expert", Quantity.Share(r.ExpertFraction)));
        }

        d.Step(
            "Linear-layer time",
            "t_lin = max((weights - W_experts + activations) / BW', t_dense,compute) + t_experts",
            k.Linear,
            In("weights + activations", w.WeightBytes + w.ActivationBytes), In("W_experts", w.ExpertWeightBytes), In("BW'", r.Bandwidth),
            In("t_lin,compute", k.LinearCompute), In("t_experts", k.Experts));
        d.Step(
            "Attention time",
            "t_attn = max(KV bytes / BW', F_attn / FLOP/s'_attn)",
            k.Attention,
            In("KV bytes", w.KvBytes), In("F_attn", w.AttentionFlops), In("BW'", r.Bandwidth), In("FLOP/s'_attn", r.AttentionCompute));
        d.Step("Memory time", "t_mem = bytes / BW'", k.Memory, In("bytes", w.Bytes), In("BW'", r.Bandwidth));
        d.Step(
            "Compute time",
            "t_compute = t_lin,compute + F_attn / FLOP/s'_attn",
            k.Compute,
            In("t_lin,compute", k.LinearCompute), In("F_attn", w.AttentionFlops), In("FLOP/s'_attn", r.AttentionCompute));
        return k;
    }
}
