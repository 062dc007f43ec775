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
        // The weight GEMMs (dense and experts, not the LM head) run the stack's kernel for the checkpoint's scaling
        // format: f_fmt = 1 for per-tensor scales, the stack's block-FP8 efficiency for a block-scaled FP8 checkpoint.
        var f = r.WeightFormatFraction;
        var denseCompute = ((w.LinearFlops - w.ExpertFlops - w.HeadFlops) / (r.Compute * f)) + (w.HeadFlops / r.HeadCompute);
        var expertCompute = w.ExpertGemmFlops / (r.Compute * r.ExpertFraction * f);
        var experts = Seconds.Max(w.ExpertWeightBytes / (r.Bandwidth * r.ExpertFraction * f), expertCompute);
        var denseBytes = ((w.WeightBytes - w.ExpertWeightBytes - w.HeadBytes) / (r.Bandwidth * f)) + ((w.HeadBytes + w.ActivationBytes) / r.Bandwidth);
        var dense = Seconds.Max(denseBytes, denseCompute);
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
        var fmt = In("f_fmt", Quantity.Share(r.WeightFormatFraction));
        d.Step(
            "Linear-layer compute time",
            "t_lin,compute = (F_lin - F_experts - F_head) / (FLOP/s' x f_fmt) + F_head / FLOP/s'_head + F_experts,padded / (FLOP/s' x f_expert x f_fmt)",
            k.LinearCompute,
            In("F_lin", w.LinearFlops), In("F_experts", w.ExpertFlops), In("F_head", w.HeadFlops), In("F_experts,padded", w.ExpertGemmFlops),
            In("FLOP/s'", r.Compute), In("FLOP/s'_head", r.HeadCompute), In("f_expert", Quantity.Share(r.ExpertFraction)), fmt);
        if (w.ExpertWeightBytes.Value > 0)
        {
            d.Step(
                "Routed-expert grouped GEMM time",
                "t_experts = max(W_experts / (BW' x f_expert x f_fmt), F_experts,padded / (FLOP/s' x f_expert x f_fmt))",
                k.Experts,
                In("W_experts", w.ExpertWeightBytes), In("BW'", r.Bandwidth), In("F_experts,padded", w.ExpertGemmFlops),
                In("FLOP/s'", r.Compute), In("f_expert", Quantity.Share(r.ExpertFraction)), fmt);
        }

        d.Step(
            "Linear-layer time",
            "t_lin = max((weights - W_experts - W_head) / (BW' x f_fmt) + (W_head + activations) / BW', t_dense,compute) + t_experts",
            k.Linear,
            In("weights + activations", w.WeightBytes + w.ActivationBytes), In("W_experts", w.ExpertWeightBytes), In("W_head", w.HeadBytes),
            In("BW'", r.Bandwidth), fmt, In("t_lin,compute", k.LinearCompute), In("t_experts", k.Experts));
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
