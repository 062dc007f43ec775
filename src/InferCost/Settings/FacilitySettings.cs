using System.Collections.Immutable;
using InferCost.Units;

namespace InferCost.Settings;

/// <summary>The data centre a GPU sits in.</summary>
/// <param name="Pue">Power usage effectiveness: facility power / IT power (at least 1).</param>
/// <param name="PowerPrice">Electricity price.</param>
/// <param name="OverheadLayers">How the overhead (PUE - 1) splits into layers, in proportion to their weights.</param>
public sealed record FacilitySettings(double Pue, DollarsPerKilowattHour PowerPrice, ImmutableArray<FacilityLayer> OverheadLayers);
