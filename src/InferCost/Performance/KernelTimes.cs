using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// The per-operator roofline shared by decode and prefill: the linear layers and attention are separate
/// kernels, each bound by the larger of its memory and compute time, run one after the other.
/// </summary>
internal static class KernelTimes
{
    /// <summary>Compute time of the linear layers, routed-expert GEMMs at their own efficiency.</summary>
    public static Seconds LinearCompute(Derivation d, Flops linear, Flops experts, FlopsPerSecond achievable, double expertFraction) => d.Step(
        "Linear-layer compute time",
        "t_lin,compute = (F_lin - F_experts) / FLOP/s' + F_experts / (FLOP/s' x f_expert)",
        ((linear - experts) / achievable) + (experts / (achievable * expertFraction)),
        In("F_lin", linear), In("F_experts", experts), In("FLOP/s'", achievable), In("f_expert", Quantity.Share(expertFraction)));

    /// <summary>Time of the linear layers: reading their weights and activations, or their compute.</summary>
    public static Seconds Linear(Derivation d, Bytes weightsAndActivations, BytesPerSecond achievable, Seconds compute) => d.Step(
        "Linear-layer time",
        "t_lin = max((weights + activations) / BW', t_lin,compute)",
        Seconds.Max(weightsAndActivations / achievable, compute),
        In("weights + activations", weightsAndActivations), In("BW'", achievable), In("t_lin,compute", compute));

    /// <summary>Time of attention: moving its KV cache, or its compute.</summary>
    public static Seconds Attention(Derivation d, Bytes kv, Flops flops, BytesPerSecond bandwidth, FlopsPerSecond compute) => d.Step(
        "Attention time",
        "t_attn = max(KV bytes / BW', F_attn / FLOP/s')",
        Seconds.Max(kv / bandwidth, flops / compute),
        In("KV bytes", kv), In("F_attn", flops), In("BW'", bandwidth), In("FLOP/s'", compute));

    /// <summary>All the bytes at achievable bandwidth (what the "bound" compares).</summary>
    public static Seconds Memory(Derivation d, Bytes bytes, BytesPerSecond achievable) =>
        d.Step("Memory time", "t_mem = bytes / BW'", bytes / achievable, In("bytes", bytes), In("BW'", achievable));

    /// <summary>All the FLOPs at achievable FLOP/s (what the "bound" compares).</summary>
    public static Seconds Compute(Derivation d, Seconds linearCompute, Flops attention, FlopsPerSecond achievable) => d.Step(
        "Compute time",
        "t_compute = t_lin,compute + F_attn / FLOP/s'",
        linearCompute + (attention / achievable),
        In("t_lin,compute", linearCompute), In("F_attn", attention), In("FLOP/s'", achievable));
}
