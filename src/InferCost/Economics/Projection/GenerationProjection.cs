using System.Collections.Immutable;
using InferCost.Catalog;

namespace InferCost.Economics.Projection;

/// <summary>What <c>infercost project</c> computes: the scenario per hardware generation, and the cost stack's shares by generation and year.</summary>
/// <param name="Rates">The hardware rates, count and cadence the extrapolated generations were made with.</param>
/// <param name="Generations">The scenario on each generation, oldest first.</param>
/// <param name="Stack">The cost stack and its rates.</param>
/// <param name="ByGeneration">Shares after 0, 1, ... whole generations.</param>
/// <param name="ByYear">Shares each year from the base year.</param>
/// <param name="EssayFits">Per whole number of generations, the closest the essay's rate ranges come to its own projected column.</param>
/// <param name="PriceFixed">True when the run fixed one GPU price for every generation (the scenario's capex), false when each has its own.</param>
public sealed record GenerationProjection(
    GenerationRates Rates,
    IReadOnlyList<GenerationCost> Generations,
    StackRates Stack,
    ImmutableArray<ShareRow> ByGeneration,
    ImmutableArray<ShareRow> ByYear,
    ImmutableArray<EssayColumnFit> EssayFits,
    bool PriceFixed);
