using InferCost.Catalog;
using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// The link a group of GPUs shares for a collective: the scale-up fabric while the group fits in one scale-up domain,
/// else the scale-out network (each GPU's NIC), which then paces the collective. Over the scale-out network a ring or a
/// tree all-reduce runs (no peer-memory one-shot kernel, no in-switch reduction) and each step pays the network's latency.
/// </summary>
/// <param name="Bandwidth">Achievable bandwidth per GPU per direction: the link's x the accelerator's link fraction.</param>
/// <param name="Latency">Launch and synchronisation latency of one collective.</param>
/// <param name="Fabric">The algorithms the link offers.</param>
/// <param name="CrossesDomains">Whether the group spans scale-up domains (its traffic then crosses the scale-out network).</param>
public readonly record struct GroupLink(BytesPerSecond Bandwidth, Seconds Latency, FabricSpec Fabric, bool CrossesDomains)
{
    /// <summary>
    /// Bandwidth per GPU of the scenario's scale-out fabric (the one chosen, else the accelerator's default,
    /// data/fabrics.yaml), or the accelerator's NIC figure when the catalog names no fabric.
    /// </summary>
    public static BytesPerSecond ScaleOutBandwidth(ScenarioContext c) =>
        c.Scenario.ScaleOutFabric?.Bandwidth ?? c.Accelerator.Interconnect.ScaleOutBandwidth;

    /// <summary>
    /// Latency of one step of a collective over the scale-out fabric (NCCL's tuning model puts a ring step over the network
    /// at 2.7 us, against 0.6 us over NVLink: data/fabrics.yaml); none when the catalog names no fabric.
    /// </summary>
    public static Seconds ScaleOutStepLatency(ScenarioContext c) => c.Scenario.ScaleOutFabric?.StepLatency ?? Seconds.Zero;

    /// <summary>The link a group of <paramref name="gpus"/> GPUs of the scenario's accelerator shares.</summary>
    public static GroupLink For(ScenarioContext c, int gpus)
    {
        var link = c.Accelerator.Interconnect;
        var fraction = c.Accelerator.Efficiency.LinkFraction;
        return gpus <= link.ScaleUpDomain
            ? new GroupLink(link.ScaleUpBandwidth * fraction, link.AllReduceLatency, link.FabricOrRing, false)
            : ScaleOut(c, link.AllReduceLatency, fraction);
    }

    private static GroupLink ScaleOut(ScenarioContext c, Seconds latency, double fraction)
    {
        var step = ScaleOutStepLatency(c);
        return new GroupLink(ScaleOutBandwidth(c) * fraction, latency + step, new FabricSpec(false, step, false, Seconds.Zero, TreeAllReduce: true), true);
    }
}
