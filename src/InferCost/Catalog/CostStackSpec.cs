using System.Collections.Immutable;

namespace InferCost.Catalog;

/// <summary>Essay 000 section 2's cost stack and its per-generation reduction rates (data/generations.yaml costStack).</summary>
/// <param name="BaseYear">The year of today's shares.</param>
/// <param name="YearsPerGeneration">Years per generation, to place generations in years.</param>
/// <param name="EssayYear">The year of the essay's own projected column (2028).</param>
/// <param name="Components">The components, shares summing to 1.</param>
/// <param name="Sources">Sources by group (shares, cadence).</param>
public sealed record CostStackSpec(
    int BaseYear,
    double YearsPerGeneration,
    int EssayYear,
    ImmutableArray<CostStackComponentSpec> Components,
    ImmutableSortedDictionary<string, SourceRef> Sources);
