using InferCost.Estimation;

namespace InferCost.Economics.Floor;

/// <summary>The floor beside today's estimate of the same scenario and any market prices.</summary>
/// <param name="Floor">The physical floor.</param>
/// <param name="Estimate">Today's bottom-up estimate (the scenario's own facility and finance).</param>
/// <param name="Today">The estimate's $/1M output tokens against the floor.</param>
/// <param name="Prices">Each market price against the floor, in the order given.</param>
public sealed record FloorComparison(FloorResult Floor, Estimate Estimate, FloorPriceRatio Today, IReadOnlyList<FloorPriceRatio> Prices);
