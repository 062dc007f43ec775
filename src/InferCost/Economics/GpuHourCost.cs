using System.Collections.Immutable;
using InferCost.Units;

namespace InferCost.Economics;

/// <summary>The cost of one productive GPU-hour, layer by layer.</summary>
/// <param name="Total">Sum of the layers.</param>
/// <param name="Layers">Each layer's $/GPU-hour, in stack order.</param>
/// <param name="ItPower">IT power per GPU averaged over productive hours (GPU, drives, NIC; idle hours included).</param>
/// <param name="FacilityLayers">The facility overhead split into its layers.</param>
public sealed record GpuHourCost(
    DollarsPerHour Total,
    ImmutableArray<(string Id, string Name, DollarsPerHour Cost)> Layers,
    Watts ItPower,
    ImmutableArray<FacilityLayerLoad> FacilityLayers);
