using System.Collections.Immutable;
using InferCost.Settings;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>Facility, finance and serving defaults (essay 001), with their sources.</summary>
/// <param name="Facility">Facility defaults.</param>
/// <param name="RackOverheadPerGpu">System and rack gear per GPU.</param>
/// <param name="LifeYears">Depreciation years.</param>
/// <param name="Utilisation">Fraction of hours producing tokens.</param>
/// <param name="Storage">NAND per GPU.</param>
/// <param name="NetworkGearPerGpu">Network gear per GPU.</param>
/// <param name="NicPower">NIC power per GPU.</param>
/// <param name="LabourShare">Labour and software share.</param>
/// <param name="Serving">Serving-stack assumptions (chunk size and request cap from <paramref name="Stack"/>).</param>
/// <param name="Stack">The default serving stack (defaults.yaml <c>stack:</c>): the one with the most measurements.</param>
/// <param name="Sources">Source of each group, by name.</param>
public sealed record CatalogDefaults(
    FacilitySettings Facility,
    Dollars RackOverheadPerGpu,
    double LifeYears,
    double Utilisation,
    StorageSettings Storage,
    Dollars NetworkGearPerGpu,
    Watts NicPower,
    double LabourShare,
    ServingSettings Serving,
    ServingStackSpec Stack,
    ImmutableSortedDictionary<string, SourceRef> Sources)
{
    /// <summary>The KV-offload tiers (data/storage.yaml); null when the catalog has none.</summary>
    public OffloadTiers? OffloadTiers { get; init; }

    /// <summary>
    /// Finance settings for an accelerator, its catalog price as the GPU capex and its fabrics' gear (capital and static
    /// power per GPU) as the network gear; the catalog-wide network defaults stand in when it names no fabrics.
    /// </summary>
    public FinanceSettings FinanceFor(Accelerator accelerator) =>
        new(accelerator.Price, RackOverheadPerGpu, LifeYears, Utilisation, Storage,
            accelerator.Interconnect.GearCapitalPerGpu() ?? NetworkGearPerGpu, accelerator.Interconnect.GearPowerPerGpu() ?? NicPower, LabourShare);
}
