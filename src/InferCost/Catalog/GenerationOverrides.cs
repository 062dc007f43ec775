using System.Collections.Immutable;

namespace InferCost.Catalog;

/// <summary>A run's changes to the catalog's extrapolation: rates, how many generations, years per generation.</summary>
/// <param name="Rates">Per-generation rates by figure id (hbm-bandwidth, compute, ...), validated when applied.</param>
/// <param name="Count">Extrapolated generations; null keeps the catalog's.</param>
/// <param name="YearsPerGeneration">Cadence of the extrapolated generations; null keeps the catalog's.</param>
public sealed record GenerationOverrides(ImmutableSortedDictionary<string, double> Rates, int? Count = null, double? YearsPerGeneration = null)
{
    /// <summary>No changes: the catalog's rates, count and cadence.</summary>
    public static GenerationOverrides None { get; } = new(ImmutableSortedDictionary<string, double>.Empty);
}
