using InferCost.Sweeps;

namespace InferCost.Reporting.Sweep;

/// <summary>Where a sweep's results go, chunk by chunk, in point order.</summary>
public interface ISweepSink : IDisposable
{
    /// <summary>Takes the results of points <paramref name="start"/> onwards.</summary>
    void Write(long start, ReadOnlySpan<PointEstimate> chunk);

    /// <summary>Called once after the last chunk.</summary>
    void Complete();
}
