using System.Collections.Immutable;

namespace InferCost.Catalog;

/// <summary>The rates, count and cadence an extrapolation runs with, after the catalog's choices and a run's overrides.</summary>
/// <param name="Rates">One rate per figure.</param>
/// <param name="Count">Extrapolated generations.</param>
/// <param name="YearsPerGeneration">Years between extrapolated generations.</param>
/// <param name="CadenceBasis">How the cadence was set.</param>
public sealed record GenerationRates(ImmutableSortedDictionary<GenerationFigure, GenerationRate> Rates, int Count, double YearsPerGeneration, string CadenceBasis)
{
    /// <summary>The per-generation rate of a figure.</summary>
    public double Of(GenerationFigure f) => Rates[f].PerGeneration;
}
