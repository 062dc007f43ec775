using InferCost.Units;

namespace InferCost.Economics.Floor;

/// <summary>One layer of the floor per output token, with the running total up to and including it.</summary>
/// <param name="Id">Stable id: memory-energy, compute-energy, interconnect-energy, facility-overhead, capital.</param>
/// <param name="Name">Display name.</param>
/// <param name="Energy">Energy this layer adds per output token (zero for capital).</param>
/// <param name="CumulativeEnergy">Energy per output token of this layer and those before it.</param>
/// <param name="Cost">$/1M output tokens this layer adds.</param>
/// <param name="Cumulative">$/1M output tokens of this layer and those before it.</param>
public sealed record FloorLayer(string Id, string Name, JoulesPerToken Energy, JoulesPerToken CumulativeEnergy, DollarsPerMillionTokens Cost, DollarsPerMillionTokens Cumulative);
