using System.Collections.Immutable;

namespace InferCost.Economics.Projection;

/// <summary>
/// The closest the essay's rates come to its own projected column after a whole number of generations: the rates within
/// the essay's ranges that minimise the largest miss of any share (ERRATA.md, essay 000: no number of generations gives
/// 52/8/22/18).
/// </summary>
/// <param name="Generations">Whole generations after today.</param>
/// <param name="Rates">The rates (one per component, within the essay's ranges) of the closest fit.</param>
/// <param name="Shares">The shares they give.</param>
/// <param name="LargestMiss">The largest |share - essay share| at those rates (0-1).</param>
/// <param name="WorstComponent">The component id that misses by <paramref name="LargestMiss"/>.</param>
public sealed record EssayColumnFit(int Generations, ImmutableArray<double> Rates, ImmutableArray<double> Shares, double LargestMiss, string WorstComponent)
{
    /// <summary>The year those generations reach, at the stack's cadence.</summary>
    public double Year { get; init; }
}
