namespace InferCost.Catalog;

/// <summary>How much one figure changes per hardware generation, and where the rate comes from.</summary>
/// <param name="Figure">The figure.</param>
/// <param name="PerGeneration">Next generation's figure / this generation's (above 1 grows, below 1 shrinks).</param>
/// <param name="Basis">How the rate was set: the series' geometric mean (with its ends), the catalog's number, or an override.</param>
public sealed record GenerationRate(GenerationFigure Figure, double PerGeneration, string Basis);
