using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>How an accelerator talks to its peers.</summary>
/// <param name="ScaleUpBandwidth">Scale-up (NVLink, Infinity Fabric, ICI, PCIe) bandwidth per GPU, per direction.</param>
/// <param name="ScaleUpDomain">GPUs reachable over the scale-up fabric.</param>
/// <param name="ScaleOutBandwidth">Scale-out NIC bandwidth per GPU.</param>
/// <param name="AllReduceLatency">
/// Latency of one small all-reduce across the scale-up domain: the launch and cross-GPU synchronisation every algorithm
/// pays once (a one-shot all-reduce pays only this; a ring adds its per-step latency on top).
/// </param>
/// <param name="Fabric">What the fabric offers the all-reduce algorithms (peer memory access, in-switch reduction, per-step latency).</param>
/// <param name="ScaleUpFabric">The scale-up fabric the accelerator ships with (data/fabrics.yaml); null when the catalog names none.</param>
/// <param name="ScaleOutFabric">The default scale-out fabric (data/fabrics.yaml); null when the catalog names none.</param>
public sealed record InterconnectSpec(
    BytesPerSecond ScaleUpBandwidth,
    int ScaleUpDomain,
    BytesPerSecond ScaleOutBandwidth,
    Seconds AllReduceLatency,
    FabricSpec? Fabric = null,
    NetworkFabric? ScaleUpFabric = null,
    NetworkFabric? ScaleOutFabric = null)
{
    /// <summary>The fabric's facts, or a plain ring-only fabric with no per-step latency when the catalog gives none.</summary>
    public FabricSpec FabricOrRing => Fabric ?? FabricSpec.RingOnly;

    /// <summary>
    /// Network gear capital per GPU on these fabrics, with <paramref name="scaleOut"/> in place of the default scale-out
    /// fabric: the scale-up switch share plus the scale-out gear; null when the catalog names no fabrics.
    /// </summary>
    public Dollars? GearCapitalPerGpu(NetworkFabric? scaleOut = null) =>
        (ScaleUpFabric, scaleOut ?? ScaleOutFabric) is ({ } up, { } outward) ? up.GearCapitalPerGpu + outward.GearCapitalPerGpu : null;

    /// <summary>Static network gear power per GPU on these fabrics (scale-up plus scale-out); null when the catalog names none.</summary>
    public Watts? GearPowerPerGpu(NetworkFabric? scaleOut = null) =>
        (ScaleUpFabric, scaleOut ?? ScaleOutFabric) is ({ } up, { } outward) ? up.GearPowerPerGpu + outward.GearPowerPerGpu : null;
}
