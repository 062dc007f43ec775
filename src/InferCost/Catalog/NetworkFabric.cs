using System.Collections.Immutable;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>
/// An interconnect fabric (data/fabrics.yaml): what it carries, how fast a collective steps over it, and what it costs in
/// energy per bit and in gear per GPU. Conventions (docs/cost-model.md, "Network"): energy is what the traffic adds
/// OUTSIDE the GPU board, per bit sent (each direction counted once); gear power is the static draw and gear capital the
/// purchase of what lies OUTSIDE the server (or rack) and the accelerator price, so nothing is charged twice.
/// </summary>
/// <param name="Id">Catalog id (ib-ndr-400, nvlink4-nvswitch-hgx, ...).</param>
/// <param name="Name">Display name.</param>
/// <param name="Scale">Scale-up or scale-out.</param>
/// <param name="Bandwidth">Bandwidth per GPU, per direction.</param>
/// <param name="StepLatency">Latency of one step of a ring collective over the fabric.</param>
/// <param name="EnergyPerByte">Traffic-proportional energy per byte sent, outside the GPU board, end to end.</param>
/// <param name="GearCapitalPerGpu">Switches, switch-side optics and cables per GPU, outside the server and the accelerator price.</param>
/// <param name="GearPowerPerGpu">Static draw per GPU of the gear outside the server, busy or idle.</param>
/// <param name="Projected">True for unreleased gear whose figures are estimates.</param>
/// <param name="Sources">Source of each group (bandwidth, latency, energy, capital, power).</param>
public sealed record NetworkFabric(
    string Id,
    string Name,
    FabricScale Scale,
    BytesPerSecond Bandwidth,
    Seconds StepLatency,
    JoulesPerByte EnergyPerByte,
    Dollars GearCapitalPerGpu,
    Watts GearPowerPerGpu,
    bool Projected,
    ImmutableSortedDictionary<string, SourceRef> Sources)
{
    /// <summary>The energy per bit sent, in picojoules (as the catalog and the essays quote it).</summary>
    public double PicojoulesPerBit => EnergyPerByte.Value / 8e-12;
}
