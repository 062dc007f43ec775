using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>Host DRAM as a KV-offload tier (data/storage.yaml <c>dram:</c>).</summary>
/// <param name="GigabytesPerGpu">Default DRAM per GPU set aside for KV.</param>
/// <param name="UsdPerGigabyte">Purchase price per GB (DDR5 RDIMM).</param>
/// <param name="WattsPerGigabyte">Power per GB of DRAM.</param>
public sealed record DramTierSpec(double GigabytesPerGpu, double UsdPerGigabyte, double WattsPerGigabyte)
{
    /// <summary>Purchase cost of <paramref name="gigabytes"/> of DRAM.</summary>
    public Dollars Capital(double gigabytes) => new(gigabytes * UsdPerGigabyte);

    /// <summary>Power of <paramref name="gigabytes"/> of DRAM.</summary>
    public Watts Power(double gigabytes) => new(gigabytes * WattsPerGigabyte);
}
