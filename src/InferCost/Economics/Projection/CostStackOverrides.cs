using System.Collections.Immutable;

namespace InferCost.Economics.Projection;

/// <summary>A run's changes to the catalog's cost stack (data/generations.yaml costStack), validated when applied.</summary>
/// <param name="Rates">Reduction rate per generation by component id.</param>
/// <param name="TodayShares">Today's share (0-1) by component id; after them the shares must still sum to 1.</param>
/// <param name="YearsPerGeneration">Years per generation; null keeps the catalog's.</param>
public sealed record CostStackOverrides(
    ImmutableSortedDictionary<string, double> Rates,
    ImmutableSortedDictionary<string, double> TodayShares,
    double? YearsPerGeneration = null)
{
    /// <summary>No changes.</summary>
    public static CostStackOverrides None { get; } = new(ImmutableSortedDictionary<string, double>.Empty, ImmutableSortedDictionary<string, double>.Empty);
}
