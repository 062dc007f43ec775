using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// The per-operator roofline shared by decode and prefill: the linear layers and attention are separate
/// kernels, each bound by the larger of its memory and compute time, run one after the other.
/// </summary>
public static class KernelTimes
{
    /// <summary>The kernel times of a forward pass at achievable bandwidth and FLOP/s (routed-expert GEMMs at their own efficiency).</summary>
    public static KernelDurations Of(in StepWork w, BytesPerSecond bandwidth, FlopsPerSecond compute, double expertFraction)
    {
        var linearCompute = ((w.LinearFlops - w.ExpertFlops) / compute) + (w.ExpertFlops / (compute * expertFraction));
        return new KernelDurations(
            linearCompute,
            Seconds.Max((w.WeightBytes + w.ActivationBytes) / bandwidth, linearCompute),
            Seconds.Max(w.KvBytes / bandwidth, w.AttentionFlops / compute),
            w.Bytes / bandwidth,
            linearCompute + (w.AttentionFlops / compute));
    }

    /// <summary>Computes the kernel times with <see cref="Of"/> and records each in the derivation.</summary>
    public static KernelDurations Record(Derivation d, in StepWork w, BytesPerSecond bandwidth, FlopsPerSecond compute, double expertFraction)
    {
        var k = Of(w, bandwidth, compute, expertFraction);
        d.Step(
            "Linear-layer compute time",
            "t_lin,compute = (F_lin - F_experts) / FLOP/s' + F_experts / (FLOP/s' x f_expert)",
            k.LinearCompute,
            In("F_lin", w.LinearFlops), In("F_experts", w.ExpertFlops), In("FLOP/s'", compute), In("f_expert", Quantity.Share(expertFraction)));
        d.Step(
            "Linear-layer time",
            "t_lin = max((weights + activations) / BW', t_lin,compute)",
            k.Linear,
            In("weights + activations", w.WeightBytes + w.ActivationBytes), In("BW'", bandwidth), In("t_lin,compute", k.LinearCompute));
        d.Step(
            "Attention time",
            "t_attn = max(KV bytes / BW', F_attn / FLOP/s')",
            k.Attention,
            In("KV bytes", w.KvBytes), In("F_attn", w.AttentionFlops), In("BW'", bandwidth), In("FLOP/s'", compute));
        d.Step("Memory time", "t_mem = bytes / BW'", k.Memory, In("bytes", w.Bytes), In("BW'", bandwidth));
        d.Step(
            "Compute time",
            "t_compute = t_lin,compute + F_attn / FLOP/s'",
            k.Compute,
            In("t_lin,compute", k.LinearCompute), In("F_attn", w.AttentionFlops), In("FLOP/s'", compute));
        return k;
    }
}
