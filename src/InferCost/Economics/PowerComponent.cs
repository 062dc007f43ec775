using InferCost.Units;

namespace InferCost.Economics;

/// <summary>One part of a power or energy breakdown.</summary>
/// <param name="Id">Stable id (hbm, compute, ...).</param>
/// <param name="Name">Display name.</param>
/// <param name="Power">Average power of this part.</param>
/// <param name="Share">Its share of the total (shares sum to 1).</param>
public sealed record PowerComponent(string Id, string Name, Watts Power, double Share);
