using InferCost.Catalog;
using InferCost.Estimation;

namespace InferCost.Analysis;

/// <summary>The scenario estimated at one region's power price.</summary>
/// <param name="Region">The region.</param>
/// <param name="Estimate">The estimate at its price.</param>
/// <param name="RelativeToCheapest">$/1M output tokens relative to the cheapest region (1 = cheapest).</param>
public sealed record RegionCost(Region Region, Estimate Estimate, double RelativeToCheapest)
{
    /// <summary>The power layers' share of $/1M output tokens (0 when the tokens cost nothing).</summary>
    public double PowerShare => Estimate.Cost.PerMillionOutputTokens.Value > 0
        ? Estimate.Cost.PowerPerMillionOutputTokens / Estimate.Cost.PerMillionOutputTokens
        : 0;
}
