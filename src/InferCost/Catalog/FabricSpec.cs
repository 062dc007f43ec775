using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>What a scale-up fabric offers a tensor-parallel all-reduce (catalog <c>interconnect:</c> section).</summary>
/// <param name="PeerAllReduce">
/// GPUs map each other's memory over the fabric (NVLink, Infinity Fabric), so the serving stacks' custom one-shot and
/// two-shot all-reduces (TensorRT-LLM, vLLM, SGLang) can run; false on PCIe-only parts, where those kernels are disabled.
/// </param>
/// <param name="RingStepLatency">Latency of one step of a ring all-reduce (a ring over p GPUs takes 2(p-1) steps).</param>
/// <param name="InSwitchReduction">The switch reduces in the fabric (NVLink SHARP / NVLS, NVSwitch generation 3 and later).</param>
/// <param name="InSwitchLatency">Latency an in-switch all-reduce adds to the launch latency (0 without in-switch reduction).</param>
/// <param name="TreeAllReduce">
/// NCCL may run a tree all-reduce: across nodes, where its logarithmic step count beats the ring's linear one for small
/// messages (NCCL 2.4's double binary trees); the scale-up fabrics of the catalog leave it out.
/// </param>
public sealed record FabricSpec(bool PeerAllReduce, Seconds RingStepLatency, bool InSwitchReduction, Seconds InSwitchLatency, bool TreeAllReduce = false)
{
    /// <summary>A fabric with only a ring all-reduce and no per-step latency: the model before fabric facts.</summary>
    public static FabricSpec RingOnly { get; } = new(false, Seconds.Zero, false, Seconds.Zero);
}
