using System.Collections.Immutable;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>Reads data/storage.yaml into <see cref="OffloadTiers"/>; every problem is a file-and-field error.</summary>
internal static class OffloadTiersLoader
{
    private const string File = "storage.yaml";

    /// <summary>
    /// The tiers; null when the catalog has no storage.yaml (a scenario that asks for offload then says so), or, with errors
    /// added, when it is wrong.
    /// </summary>
    public static OffloadTiers? Read(ICatalogSource source, List<InputError> errors)
    {
        if (!source.Exists(File))
        {
            return null;
        }

        var before = errors.Count;
        if (YamlFieldReader.ParseRoot(source.Read(File), File, errors) is not { } root)
        {
            return null;
        }

        var link = root.Map("hostLink");
        var dram = root.Map("dram");
        var nvme = root.Map("nvme");
        if (link is null || dram is null || nvme is null)
        {
            return null;
        }

        var pcie = link.Number("pcieGen5x16GBps", 1, 1000, "GB/s per direction");
        var c2c = link.Number("nvlinkC2cGBps", 1, 10_000, "GB/s per direction");
        var c2cIds = link.TextList("nvlinkC2cAccelerators").ToImmutableHashSet(StringComparer.Ordinal);
        link.RejectUnknown();
        var dramSpec = new DramTierSpec(
            dram.Number("gbPerGpu", 0, 100_000, "GB of DRAM per GPU"),
            dram.Number("usdPerGB", 0, 1000, "USD per GB"),
            dram.Number("wattsPerGB", 0, 10, "watts per GB"));
        dram.RejectUnknown();
        var drive = new NvmeDriveSpec(
            nvme.Text("drive"),
            new Bytes(nvme.Number("capacityTB", 0.01, 1000, "TB per drive") * 1e12),
            new BytesPerSecond(nvme.Number("readGBps", 0.1, 1000, "GB/s sequential read per drive") * 1e9),
            new Watts(nvme.Number("activeW", 0, 200, "watts per drive while streaming")),
            nvme.Int("drivesPerGpu", 1, 64, "drives per GPU"),
            nvme.Number("driveWritesPerDay", 0.01, 100, "full-capacity writes per day"));
        nvme.RejectUnknown();
        var sources = CatalogLoader.ReadSources(root.Map("sources"), ["hostLink", "dram", "nvme"]);
        root.RejectUnknown();
        return errors.Count > before
            ? null
            : new OffloadTiers(new BytesPerSecond(pcie * 1e9), new BytesPerSecond(c2c * 1e9), c2cIds, dramSpec, drive, sources);
    }
}
