using InferCost.Units;

namespace InferCost.Economics.Floor;

/// <summary>
/// The floor as a band: <paramref name="Low"/> is energy alone (memory, compute, interconnect and facility overhead: what
/// physics charges even for hardware that cost nothing), <paramref name="High"/> adds the capital at best-case utilisation
/// (the floor's total). Widen it over batch or utilisation by computing the floor at each end.
/// </summary>
/// <param name="Low">Energy-only floor, $/1M output tokens.</param>
/// <param name="High">Energy + capital floor, $/1M output tokens.</param>
public sealed record FloorBand(DollarsPerMillionTokens Low, DollarsPerMillionTokens High);
