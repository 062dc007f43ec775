namespace InferCost.Scenarios;

/// <summary>Where the KV that does not fit in HBM lives.</summary>
public enum OffloadTier
{
    /// <summary>No offload: every request's KV must fit in HBM.</summary>
    None,

    /// <summary>Host DRAM, streamed over the GPU's host link (PCIe Gen5 x16 or NVLink-C2C).</summary>
    Dram,

    /// <summary>The offload NVMe drives, streamed at the drives' read bandwidth, capped by the host link.</summary>
    Nvme,
}
