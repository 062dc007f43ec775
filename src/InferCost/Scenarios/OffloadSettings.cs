using InferCost.Catalog;
using InferCost.Units;

namespace InferCost.Scenarios;

/// <summary>The scenario's KV-offload tier and its size.</summary>
/// <param name="Tier">Where KV beyond HBM lives.</param>
/// <param name="DramGigabytes">Host DRAM per GPU for KV when the tier is DRAM.</param>
/// <param name="NvmeDrives">Drives per GPU the offload NVMe is spread over when the tier is NVMe (their read bandwidths add).</param>
/// <param name="Catalog">The catalog's tiers (link and drive figures, prices); null when the catalog has none.</param>
public sealed record OffloadSettings(OffloadTier Tier, double DramGigabytes, int NvmeDrives, OffloadTiers? Catalog)
{
    /// <summary>The ids a face accepts for <see cref="Tier"/>, in help order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["none", "dram", "nvme"];

    /// <summary>No offload, no catalog.</summary>
    public static OffloadSettings None { get; } = new(OffloadTier.None, 0, 1, null);

    /// <summary>No offload yet, with the catalog's default sizes should a tier be chosen.</summary>
    public static OffloadSettings From(OffloadTiers? tiers) =>
        tiers is null ? None : new(OffloadTier.None, tiers.Dram.GigabytesPerGpu, tiers.Nvme.DrivesPerGpu, tiers);

    /// <summary>
    /// Capital per GPU the tier adds: the DRAM bought for KV. The offload NVMe's drives are already in the storage line
    /// (essay 001 section 6.1's offload tier, offload-tb x its USD/GB), so choosing NVMe adds none.
    /// </summary>
    public Dollars Capital => Tier == OffloadTier.Dram && Catalog is { } t ? t.Dram.Capital(DramGigabytes) : Dollars.Zero;

    /// <summary>
    /// Power per GPU while producing that the tier adds: the DRAM's, or the streaming drives' active power (the storage
    /// line's power is essay 001's shared accounting of drives at rest).
    /// </summary>
    public Watts Power => (Tier, Catalog) switch
    {
        (OffloadTier.Dram, { } t) => t.Dram.Power(DramGigabytes),
        (OffloadTier.Nvme, { } t) => t.Nvme.Active * NvmeDrives,
        _ => Watts.Zero,
    };

    /// <summary>The id of a tier (none, dram, nvme).</summary>
    public static string NameOf(OffloadTier tier) => Names[(int)tier];

    /// <summary>The tier named <paramref name="name"/>, or null.</summary>
    public static OffloadTier? Parse(string name)
    {
        var i = Names.ToList().IndexOf(name.Trim().ToLowerInvariant());
        return i < 0 ? null : (OffloadTier)i;
    }
}
