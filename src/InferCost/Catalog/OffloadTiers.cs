using System.Collections.Immutable;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>The KV-offload tiers and the host links they stream over (data/storage.yaml), with their sources.</summary>
/// <param name="PcieHostLink">PCIe Gen5 x16 bandwidth per direction: how a GPU reaches its host's memory and drives.</param>
/// <param name="C2cHostLink">NVLink-C2C bandwidth per direction (Grace superchips).</param>
/// <param name="C2cAccelerators">Accelerator ids whose host memory sits behind NVLink-C2C.</param>
/// <param name="Dram">The host DRAM tier.</param>
/// <param name="Nvme">The NVMe drive tier.</param>
/// <param name="Sources">Source of each group (hostLink, dram, nvme).</param>
public sealed record OffloadTiers(
    BytesPerSecond PcieHostLink,
    BytesPerSecond C2cHostLink,
    ImmutableHashSet<string> C2cAccelerators,
    DramTierSpec Dram,
    NvmeDriveSpec Nvme,
    ImmutableSortedDictionary<string, SourceRef> Sources)
{
    /// <summary>The link between <paramref name="accelerator"/> and its host: NVLink-C2C where the catalog says so, else PCIe Gen5 x16.</summary>
    public BytesPerSecond HostLink(Accelerator accelerator) => C2cAccelerators.Contains(accelerator.Id) ? C2cHostLink : PcieHostLink;

    /// <summary>The host link's name, for the explanation.</summary>
    public string HostLinkName(Accelerator accelerator) => C2cAccelerators.Contains(accelerator.Id) ? "NVLink-C2C" : "PCIe Gen5 x16";
}
