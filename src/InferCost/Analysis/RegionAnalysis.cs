using InferCost.Catalog;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Results;

namespace InferCost.Analysis;

/// <summary>
/// Essay 001 section 11.3: the same scenario at each region's power price. Only the electricity layers move (GPU energy
/// and the facility overhead on it, plus the small power part of storage and network), so the spread is bounded by the
/// power layer's share.
/// </summary>
public static class RegionAnalysis
{
    /// <summary>Estimates <paramref name="s"/> in every region, cheapest first.</summary>
    public static Result<IReadOnlyList<RegionCost>> Compare(Scenario s, IEnumerable<Region> regions)
    {
        var estimates = new List<(Region Region, Estimate Estimate)>();
        foreach (var region in regions)
        {
            var e = CostEstimator.Estimate(
                s with { Facility = s.Facility with { PowerPrice = region.PowerPrice }, RegionId = region.Id },
                Derivation.Off());
            if (!e.Succeeded)
            {
                return Result.Fail<IReadOnlyList<RegionCost>>(e.Errors);
            }

            estimates.Add((region, e.Value));
        }

        if (estimates.Count == 0)
        {
            return Result.Fail<IReadOnlyList<RegionCost>>("regions", "", "the catalog has no regions; add them to data/regions.yaml.");
        }

        var cheapest = estimates.Min(r => r.Estimate.Cost.PerMillionOutputTokens.Value);
        return Result.Ok<IReadOnlyList<RegionCost>>([.. estimates
            .OrderBy(r => r.Estimate.Cost.PerMillionOutputTokens.Value)
            .ThenBy(r => r.Region.Id, StringComparer.Ordinal)
            .Select(r => new RegionCost(r.Region, r.Estimate, cheapest > 0 ? r.Estimate.Cost.PerMillionOutputTokens.Value / cheapest : 1))]);
    }
}
