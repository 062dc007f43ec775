using InferCost.Units;

namespace InferCost.Serving;

/// <summary>One latency objective: a percentile of a latency (0 = the mean) at most a limit, e.g. TTFT P90 &lt;= 2 s.</summary>
/// <param name="Metric">Which latency.</param>
/// <param name="Percentile">50, 90 or 99; 0 for the mean.</param>
/// <param name="Limit">The most it may be.</param>
public readonly record struct LatencyTarget(LatencyMetric Metric, double Percentile, Seconds Limit);
