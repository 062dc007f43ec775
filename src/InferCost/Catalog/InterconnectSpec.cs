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
public sealed record InterconnectSpec(
    BytesPerSecond ScaleUpBandwidth,
    int ScaleUpDomain,
    BytesPerSecond ScaleOutBandwidth,
    Seconds AllReduceLatency,
    FabricSpec? Fabric = null)
{
    /// <summary>The fabric's facts, or a plain ring-only fabric with no per-step latency when the catalog gives none.</summary>
    public FabricSpec FabricOrRing => Fabric ?? FabricSpec.RingOnly;
}
