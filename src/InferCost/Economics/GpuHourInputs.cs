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
/// <param name="StoragePower">Drive power per GPU.</param>
/// <param name="NetworkGear">Switches and optics per GPU.</param>
/// <param name="NicPower">NIC and switch-port power per GPU.</param>
/// <param name="PowerPrice">Electricity price.</param>
/// <param name="Pue">Power usage effectiveness.</param>
/// <param name="LabourShare">Labour and software as a share of infrastructure cost.</param>
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
    double LabourShare)
{
    /// <summary>The inputs of a scenario.</summary>
    public static GpuHourInputs Of(Scenario s)
    {
        var f = s.Finance;
        return new GpuHourInputs(
            s.Accelerator.Power.Idle, f.GpuPrice, f.RackOverheadPerGpu, f.LifeYears, f.Utilisation, f.Storage.Capital, f.Storage.Power,
            f.NetworkGearPerGpu, f.NicPower, s.Facility.PowerPrice, s.Facility.Pue, f.LabourShare);
    }
}
