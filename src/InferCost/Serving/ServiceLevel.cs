using System.Collections.Immutable;

namespace InferCost.Serving;

/// <summary>
/// A service-level objective: latency targets that must all hold. A run meets it when each target's percentile over the
/// run is within its limit; a request is good (counts towards goodput, as vLLM's benchmark_serving --goodput counts) when
/// its own TTFT, TPOT and end-to-end latency are within the limits of the targets on those latencies.
/// </summary>
/// <param name="Targets">The targets.</param>
public sealed record ServiceLevel(ImmutableArray<LatencyTarget> Targets)
{
    /// <summary>Whether one request is good.</summary>
    public bool MetBy(double ttft, double tpot, double e2e)
    {
        foreach (var t in Targets)
        {
            var value = t.Metric switch
            {
                LatencyMetric.Ttft => ttft,
                LatencyMetric.E2e => e2e,
                _ => tpot,
            };
            if (value > t.Limit.Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a run meets every target, and the first it misses (null when it meets them all).</summary>
    public LatencyTarget? FirstMissed(SimulationResult r)
    {
        foreach (var t in Targets)
        {
            if (r.Latency(t.Metric).At(t.Percentile) > t.Limit)
            {
                return t;
            }
        }

        return null;
    }
}
