using System.Collections.Immutable;
using InferCost.Units;

namespace InferCost.Economics;

/// <summary>The cost of one productive GPU-hour, layer by layer.</summary>
/// <param name="Total">Sum of the layers.</param>
/// <param name="Layers">Each layer's $/GPU-hour, in stack order.</param>
/// <param name="ItPower">IT power per GPU averaged over productive hours (GPU, host share, drives, network; idle hours included).</param>
/// <param name="GpuPower">The GPU board's own power averaged over productive hours (idle hours included).</param>
/// <param name="HostPower">The host's share of the system's power per GPU, averaged over productive hours.</param>
/// <param name="FacilityLayers">The facility overhead split into its layers.</param>
public sealed record GpuHourCost(
    DollarsPerHour Total,
    ImmutableArray<(string Id, string Name, DollarsPerHour Cost)> Layers,
    Watts ItPower,
    Watts GpuPower,
    Watts HostPower,
    ImmutableArray<FacilityLayerLoad> FacilityLayers);
