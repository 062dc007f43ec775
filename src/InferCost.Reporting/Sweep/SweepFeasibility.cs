using InferCost.Sweeps;

namespace InferCost.Reporting.Sweep;

/// <summary>
/// Counts a sweep's feasible points and, for the rest, why they failed, so that a sweep where nothing fits says so
/// in one line (and draws no empty chart) rather than leaving the user to read every row's reason.
/// </summary>
public sealed class SweepFeasibility : ISweepSink
{
    private readonly SortedDictionary<string, long> _infeasible = new(StringComparer.Ordinal);

    /// <summary>Points that were estimated.</summary>
    public long Feasible { get; private set; }

    /// <summary>"3 batch-does-not-fit, 1 nothing-fits": the statuses of the points that were not estimated, with counts.</summary>
    public string InfeasibleSummary => string.Join(", ", _infeasible.Select(kv => $"{kv.Value:#,##0} {kv.Key}"));

    /// <inheritdoc />
    public void Write(long start, ReadOnlySpan<PointEstimate> chunk)
    {
        foreach (var point in chunk)
        {
            if (point.IsFeasible)
            {
                Feasible++;
            }
            else
            {
                var status = SweepRow.Status(point.Status);
                _infeasible[status] = _infeasible.GetValueOrDefault(status) + 1;
            }
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
