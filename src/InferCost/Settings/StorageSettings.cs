using InferCost.Units;

namespace InferCost.Settings;

/// <summary>NAND flash provisioned per GPU (essay 001 section 6).</summary>
/// <param name="LocalTerabytes">Local NVMe for OS, weight staging and checkpoints.</param>
/// <param name="LocalUsdPerGigabyte">Its price per GB.</param>
/// <param name="OffloadTerabytes">NVMe for KV-cache offload.</param>
/// <param name="OffloadUsdPerGigabyte">Its price per GB.</param>
/// <param name="NetworkedTerabytes">Share of networked flash (model repository, checkpoints).</param>
/// <param name="NetworkedUsdPerGigabyte">Its price per GB.</param>
/// <param name="Power">Drive power per GPU (shared accounting).</param>
public sealed record StorageSettings(
    double LocalTerabytes,
    double LocalUsdPerGigabyte,
    double OffloadTerabytes,
    double OffloadUsdPerGigabyte,
    double NetworkedTerabytes,
    double NetworkedUsdPerGigabyte,
    Watts Power)
{
    /// <summary>Purchase cost of the drives per GPU.</summary>
    public Dollars Capital => new(1000 * ((LocalTerabytes * LocalUsdPerGigabyte)
        + (OffloadTerabytes * OffloadUsdPerGigabyte)
        + (NetworkedTerabytes * NetworkedUsdPerGigabyte)));
}
