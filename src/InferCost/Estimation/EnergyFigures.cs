using System.Collections.Immutable;
using InferCost.Economics;
using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>Power and energy.</summary>
/// <param name="JoulesPerOutputToken">GPU energy per output token over the whole cycle (prefill and decode), power model.</param>
/// <param name="DecodeJoulesPerOutputToken">GPU energy per output token of decode alone, power model.</param>
/// <param name="FacilityJoulesPerOutputToken">Whole-cycle energy per output token including the facility overhead (x PUE).</param>
/// <param name="DecodePower">Board power while decoding.</param>
/// <param name="PrefillPower">Board power while prefilling.</param>
/// <param name="AverageActivePower">Board power averaged over the cycle.</param>
/// <param name="Physics">Decode energy from per-operation physics, for comparison.</param>
/// <param name="ItPower">IT power per GPU averaged over productive hours (idle hours, drives and NIC included).</param>
/// <param name="FacilityLayers">Facility overhead on that IT power, by layer.</param>
/// <param name="GpuPower">The GPU board's own power averaged over productive hours (part of <paramref name="ItPower"/>).</param>
/// <param name="HostPower">The host's share per GPU averaged over productive hours (part of <paramref name="ItPower"/>).</param>
public sealed record EnergyFigures(
    JoulesPerToken JoulesPerOutputToken,
    JoulesPerToken DecodeJoulesPerOutputToken,
    JoulesPerToken FacilityJoulesPerOutputToken,
    Watts DecodePower,
    Watts PrefillPower,
    Watts AverageActivePower,
    PhysicsEnergy Physics,
    Watts ItPower,
    ImmutableArray<FacilityLayerLoad> FacilityLayers,
    Watts GpuPower,
    Watts HostPower)
{
    /// <summary>The network's traffic-proportional energy outside the GPU board (per GPU power, per output token).</summary>
    public NetworkEnergyFigures Network { get; init; } = new(Watts.Zero, JoulesPerToken.Zero);
}
