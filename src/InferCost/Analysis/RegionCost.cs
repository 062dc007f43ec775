using InferCost.Catalog;
using InferCost.Estimation;

namespace InferCost.Analysis;

/// <summary>The scenario estimated at one region's power price.</summary>
/// <param name="Region">The region.</param>
/// <param name="Estimate">The estimate at its price.</param>
/// <param name="RelativeToCheapest">$/1M output tokens relative to the cheapest region (1 = cheapest).</param>
public sealed record RegionCost(Region Region, Estimate Estimate, double RelativeToCheapest);
