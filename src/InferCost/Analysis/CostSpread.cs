using InferCost.Units;

namespace InferCost.Analysis;

/// <summary>Percentiles and mean of a sampled cost, over the samples that could be served.</summary>
/// <param name="P10">10th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Mean">Mean.</param>
public sealed record CostSpread(DollarsPerMillionTokens P10, DollarsPerMillionTokens P50, DollarsPerMillionTokens P90, DollarsPerMillionTokens Mean);
