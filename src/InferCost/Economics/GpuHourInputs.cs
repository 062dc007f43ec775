using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Economics;

/// <summary>The scalar inputs of the $/productive-GPU-hour stack, flat so that a sweep can vary them without allocating.</summary>
/// <param name="IdlePower">GPU board power when not producing.</param>
/// <param name="GpuPrice">GPU purchase price.</param>
/// <param name="RackOverhead">System and rack gear per GPU.</param>
/// <param name="LifeYears">Depreciation period in years.</param>
/// <param name="Utilisation">Fraction of hours producing tokens.</param>
/// <param name="DrivesCapital">NAND purchase cost per GPU.</param>
/// <param name="StoragePower">Networked and offload storage power per GPU (outside the server).</param>
/// <param name="NetworkGear">Switches and optics per GPU.</param>
/// <param name="NicPower">Network power per GPU outside the server (switch ports); the server's own NICs are in the host share.</param>
/// <param name="PowerPrice">Electricity price.</param>
/// <param name="Pue">Power usage effectiveness.</param>
/// <param name="LabourShare">Labour and software as a share of infrastructure cost.</param>
/// <param name="Tdp">GPU board TDP (the host's load follows the GPU's share of it).</param>
/// <param name="HostAtMax">The host's power per GPU at the system's maximum.</param>
/// <param name="HostIdleFraction">Share of <paramref name="HostAtMax"/> the host draws with its GPUs idle.</param>
public readonly record struct GpuHourInputs(
    Watts IdlePower,
    Dollars GpuPrice,
    Dollars RackOverhead,
    double LifeYears,
    double Utilisation,
    Dollars DrivesCapital,
    Watts StoragePower,
    Dollars NetworkGear,
    Watts NicPower,
    DollarsPerKilowattHour PowerPrice,
    double Pue,
    double LabourShare,
    Watts Tdp,
    Watts HostAtMax,
    double HostIdleFraction)
{
    /// <summary>A rented GPU's price per GPU-hour, which replaces the owner's stack; null when owned.</summary>
    public DollarsPerHour? RentedPrice { get; init; }

    /// <summary>Capital per GPU of the KV-offload tier beyond the storage line (the DRAM bought for KV).</summary>
    public Dollars OffloadCapital { get; init; }

    /// <summary>Power per GPU while producing of the KV-offload tier (the DRAM's, or the streaming drives').</summary>
    public Watts OffloadPower { get; init; }

    /// <summary>The inputs of a scenario.</summary>
    public static GpuHourInputs Of(Scenario s)
    {
        var f = s.Finance;
        var a = s.Accelerator;
        return new GpuHourInputs(
            a.Power.Idle, f.GpuPrice, f.RackOverheadPerGpu, f.LifeYears, f.Utilisation, f.Storage.Capital, f.Storage.Power,
            f.NetworkGearPerGpu, f.NicPower, s.Facility.PowerPrice, s.Facility.Pue, f.LabourShare,
            a.Power.Tdp, a.Platform.HostPowerAtMax(a.Power.Tdp), a.Platform.HostIdleFraction)
        {
            RentedPrice = f.RentedGpuHourPrice,
            OffloadCapital = s.Offload.Capital,
            OffloadPower = s.Offload.Power,
        };
    }
}
