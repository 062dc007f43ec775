using System.Collections.Immutable;
using InferCost.Catalog;

namespace InferCost.Economics.Floor;

/// <summary>The floor's best-case assumptions as the catalog's data/floor.yaml states them, with their sources.</summary>
/// <param name="Assumptions">The best-case inputs.</param>
/// <param name="Sources">Source of each group (facility, utilisation, lifeYears).</param>
public sealed record FloorDefaults(FloorAssumptions Assumptions, ImmutableSortedDictionary<string, SourceRef> Sources);
