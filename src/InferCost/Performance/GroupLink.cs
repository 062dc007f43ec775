using InferCost.Catalog;
using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// The link a group of GPUs shares for a collective: the scale-up fabric while the group fits in one scale-up domain,
/// else the scale-out network (each GPU's NIC), which then paces the collective. Over the scale-out network only a ring
/// all-reduce runs (no peer-memory one-shot kernel, no in-switch reduction) and each step pays the network's latency.
/// </summary>
/// <param name="Bandwidth">Achievable bandwidth per GPU per direction: the link's x the accelerator's link fraction.</param>
/// <param name="Latency">Launch and synchronisation latency of one collective.</param>
/// <param name="Fabric">The algorithms the link offers.</param>
/// <param name="CrossesDomains">Whether the group spans scale-up domains (its traffic then crosses the scale-out network).</param>
public readonly record struct GroupLink(BytesPerSecond Bandwidth, Seconds Latency, FabricSpec Fabric, bool CrossesDomains)
{
    /// <summary>
    /// Latency of one step of a collective over the scale-out network: NCCL's tuning model puts a ring step with the LL
    /// protocol (the small messages of decode) over the network at 2.7 us, against 0.6 us over NVLink
    /// (github NVIDIA/nccl src/graph/tuning.cc, hwLat[NET][Ring][LL], accessed 2026-11).
    /// </summary>
    public static readonly Seconds ScaleOutStepLatency = Seconds.FromMicroseconds(2.7);

    /// <summary>The link a group of <paramref name="gpus"/> GPUs of the scenario's accelerator shares.</summary>
    public static GroupLink For(ScenarioContext c, int gpus)
    {
        var link = c.Accelerator.Interconnect;
        var fraction = c.Accelerator.Efficiency.LinkFraction;
        return gpus <= link.ScaleUpDomain
            ? new GroupLink(link.ScaleUpBandwidth * fraction, link.AllReduceLatency, link.FabricOrRing, false)
            : new GroupLink(link.ScaleOutBandwidth * fraction, link.AllReduceLatency + ScaleOutStepLatency, new FabricSpec(false, ScaleOutStepLatency, false, Seconds.Zero), true);
    }
}
