using System.Collections.Immutable;

namespace InferCost.Fidelity;

/// <summary>The summary of a validation run.</summary>
/// <param name="Cases">Cases read.</param>
/// <param name="Supported">Cases the engine predicted.</param>
/// <param name="Unsupported">Cases it could not predict (each with its reason in the predictions).</param>
/// <param name="ByMetric">Error statistics by metric name.</param>
public sealed record ValidationSummary(int Cases, int Supported, int Unsupported, ImmutableSortedDictionary<string, MetricSummary> ByMetric);
