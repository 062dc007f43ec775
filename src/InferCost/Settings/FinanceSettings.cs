using InferCost.Units;

namespace InferCost.Settings;

/// <summary>How hardware is paid for and how much of its life it earns.</summary>
/// <param name="GpuPrice">Purchase price of one GPU.</param>
/// <param name="RackOverheadPerGpu">System, rack and facility gear per GPU slot (host share, chassis, cabling).</param>
/// <param name="LifeYears">Depreciation period in years.</param>
/// <param name="Utilisation">Fraction of hours the GPU is producing tokens (0 to 1].</param>
/// <param name="Storage">NAND per GPU.</param>
/// <param name="NetworkGearPerGpu">Switches and optics per GPU.</param>
/// <param name="NicPower">NIC and switch-port power per GPU.</param>
/// <param name="LabourShare">Labour and software as a share of the infrastructure cost (0.18 = 18% on top).</param>
public sealed record FinanceSettings(
    Dollars GpuPrice,
    Dollars RackOverheadPerGpu,
    double LifeYears,
    double Utilisation,
    StorageSettings Storage,
    Dollars NetworkGearPerGpu,
    Watts NicPower,
    double LabourShare)
{
    /// <summary>
    /// A rented GPU's price per GPU-hour, paid for every hour rented, which replaces the owner's bottom-up cost (capital,
    /// power, facility, storage, network and labour); null when the GPUs are owned (the default).
    /// </summary>
    public DollarsPerHour? RentedGpuHourPrice { get; init; }
}
