namespace InferCost.Economics.Drivers;

/// <summary>Supply (the compounding drivers) and demand (Jevons' paradox) of the per-token price.</summary>
/// <param name="Supply">The drivers and their compounded factor.</param>
/// <param name="Elasticity">The price elasticity of token demand.</param>
/// <param name="Demand">Tokens and spend at each requested price drop.</param>
/// <param name="DemandCurve">The same from 1x to the largest drop, for the chart.</param>
public sealed record DriversResult(SupplyResult Supply, DemandElasticity Elasticity, IReadOnlyList<DemandPoint> Demand, IReadOnlyList<DemandPoint> DemandCurve);
