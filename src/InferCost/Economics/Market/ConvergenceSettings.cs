using InferCost.Economics.Floor;
namespace InferCost.Economics.Market;

/// <summary>What <see cref="ConvergenceAnalysis"/> fits and projects against.</summary>
/// <param name="Floor">The floor band the fits are projected to.</param>
/// <param name="Metric">Which price each tier's trend is fitted to (output by default: the floor is per output token).</param>
/// <param name="Since">Fit only prices dated on or after this (null: from the first).</param>
/// <param name="Until">Fit only prices dated on or before this (null: to the last).</param>
public sealed record ConvergenceSettings(FloorBand Floor, PriceMetric Metric = PriceMetric.Output, DateOnly? Since = null, DateOnly? Until = null);
