using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>A place with its industrial electricity price.</summary>
/// <param name="Id">Catalog id (e.g. oregon).</param>
/// <param name="Name">Display name.</param>
/// <param name="PowerPrice">Electricity price.</param>
/// <param name="Source">Where the price comes from.</param>
public sealed record Region(string Id, string Name, DollarsPerKilowattHour PowerPrice, SourceRef Source);
