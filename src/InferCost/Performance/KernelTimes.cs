using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// The per-operator roofline shared by decode and prefill: the dense linear layers (the LM head at its own precision),
/// the routed-expert grouped GEMMs and attention (at the KV precision) are separate kernels, each bound by the largest
/// of its memory time, its compute time and its power floor (its energy at the board's power headroom,
/// <see cref="KernelPower"/>), run one after the other.
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
        var attention = Seconds.Max(w.KvBytes / r.Bandwidth, attentionCompute);
        if (r.Power is { } p)
        {
            // Near the ridge a kernel streams memory and computes at once, and the two together can need more power than
            // the board has: it then runs at its energy's pace. Padded expert rows burn tensor-core energy too.
            dense = Seconds.Max(dense, p.Floor(DenseEnergy(w, p)));
            experts = Seconds.Max(experts, p.Floor(ExpertEnergy(w, p)));
            attention = Seconds.Max(attention, p.Floor(AttentionEnergy(w, p)));
        }

        return new KernelDurations(
            denseCompute + expertCompute,
            dense + experts,
            attention,
            w.Bytes / r.Bandwidth,
            denseCompute + expertCompute + attentionCompute,
            experts);
    }

    /// <summary>Dynamic energy of the dense linear kernels: their weights (the LM head's too) and activations moved, their FLOPs.</summary>
    public static Joules DenseEnergy(in StepWork w, in KernelPower p) =>
        ((w.WeightBytes - w.ExpertWeightBytes + w.ActivationBytes) * p.PerByte) + ((w.LinearFlops - w.ExpertFlops - w.HeadFlops) * p.PerFlop) + (w.HeadFlops * p.HeadPerFlop);

    /// <summary>Dynamic energy of the routed-expert grouped GEMMs: the touched experts read, their padded FLOPs.</summary>
    public static Joules ExpertEnergy(in StepWork w, in KernelPower p) => (w.ExpertWeightBytes * p.PerByte) + (w.ExpertGemmFlops * p.PerFlop);

    /// <summary>Dynamic energy of attention: the KV read, its FLOPs at the attention precision.</summary>
    public static Joules AttentionEnergy(in StepWork w, in KernelPower p) => (w.KvBytes * p.PerByte) + (w.AttentionFlops * p.AttentionPerFlop);

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
        var power = r.Power is { } p ? PowerFloors(d, w, p) : default;
        if (w.ExpertWeightBytes.Value > 0)
        {
            d.Step(
                "Routed-expert grouped GEMM time",
                "t_experts = max(W_experts / (BW' x f_expert x f_fmt), F_experts,padded / (FLOP/s' x f_expert x f_fmt), t_power,experts)",
                k.Experts,
                In("W_experts", w.ExpertWeightBytes), In("BW'", r.Bandwidth), In("F_experts,padded", w.ExpertGemmFlops),
                In("FLOP/s'", r.Compute), In("f_expert", Quantity.Share(r.ExpertFraction)), fmt, In("t_power,experts", power.Experts));
        }

        d.Step(
            "Linear-layer time",
            "t_lin = max((weights - W_experts - W_head) / (BW' x f_fmt) + (W_head + activations) / BW', t_dense,compute, t_power,dense) + t_experts",
            k.Linear,
            In("weights + activations", w.WeightBytes + w.ActivationBytes), In("W_experts", w.ExpertWeightBytes), In("W_head", w.HeadBytes),
            In("BW'", r.Bandwidth), fmt, In("t_lin,compute", k.LinearCompute), In("t_power,dense", power.Dense), In("t_experts", k.Experts));
        d.Step(
            "Attention time",
            "t_attn = max(KV bytes / BW', F_attn / FLOP/s'_attn, t_power,attn)",
            k.Attention,
            In("KV bytes", w.KvBytes), In("F_attn", w.AttentionFlops), In("BW'", r.Bandwidth), In("FLOP/s'_attn", r.AttentionCompute),
            In("t_power,attn", power.Attention));
        d.Step("Memory time", "t_mem = bytes / BW'", k.Memory, In("bytes", w.Bytes), In("BW'", r.Bandwidth));
        d.Step(
            "Compute time",
            "t_compute = t_lin,compute + F_attn / FLOP/s'_attn",
            k.Compute,
            In("t_lin,compute", k.LinearCompute), In("F_attn", w.AttentionFlops), In("FLOP/s'_attn", r.AttentionCompute));
        return k;
    }

    // Records each kernel's power floor: its dynamic energy over the board's power headroom.
    private static (Seconds Dense, Seconds Experts, Seconds Attention) PowerFloors(Derivation d, in StepWork w, in KernelPower p)
    {
        var headroom = d.Step("Dynamic power headroom", "P_dyn = TDP - P_idle", p.Headroom);
        var perByte = In("e_byte", p.PerByte);
        var dense = d.Step(
            "Power floor of the dense linear kernels",
            "t_power,dense = ((weights - W_experts + activations) x e_byte + (F_lin - F_experts - F_head) x e_flop + F_head x e_flop,head) / P_dyn",
            p.Floor(DenseEnergy(w, p)),
            In("weights - W_experts + activations", w.WeightBytes - w.ExpertWeightBytes + w.ActivationBytes), perByte,
            In("F_lin - F_experts - F_head", w.LinearFlops - w.ExpertFlops - w.HeadFlops), In("e_flop", p.PerFlop),
            In("F_head", w.HeadFlops), In("e_flop,head", p.HeadPerFlop), In("P_dyn", headroom));
        var experts = d.Step(
            "Power floor of the routed-expert GEMMs",
            "t_power,experts = (W_experts x e_byte + F_experts,padded x e_flop) / P_dyn",
            p.Floor(ExpertEnergy(w, p)),
            In("W_experts", w.ExpertWeightBytes), perByte, In("F_experts,padded", w.ExpertGemmFlops), In("e_flop", p.PerFlop), In("P_dyn", headroom));
        var attention = d.Step(
            "Power floor of attention",
            "t_power,attn = (KV bytes x e_byte + F_attn x e_flop,attn) / P_dyn",
            p.Floor(AttentionEnergy(w, p)),
            In("KV bytes", w.KvBytes), perByte, In("F_attn", w.AttentionFlops), In("e_flop,attn", p.AttentionPerFlop), In("P_dyn", headroom));
        return (dense, experts, attention);
    }
}
