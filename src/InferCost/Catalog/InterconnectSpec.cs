using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>How an accelerator talks to its peers.</summary>
/// <param name="ScaleUpBandwidth">Scale-up (NVLink, Infinity Fabric, ICI, PCIe) bandwidth per GPU, per direction.</param>
/// <param name="ScaleUpDomain">GPUs reachable over the scale-up fabric.</param>
/// <param name="ScaleOutBandwidth">Scale-out NIC bandwidth per GPU.</param>
/// <param name="AllReduceLatency">Latency of one small all-reduce across the scale-up domain.</param>
public sealed record InterconnectSpec(
    BytesPerSecond ScaleUpBandwidth,
    int ScaleUpDomain,
    BytesPerSecond ScaleOutBandwidth,
    Seconds AllReduceLatency);
