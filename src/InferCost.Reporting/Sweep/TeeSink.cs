using InferCost.Sweeps;

namespace InferCost.Reporting.Sweep;

/// <summary>Sends every chunk to two sinks (the output, and the chart's collector).</summary>
public sealed class TeeSink(ISweepSink first, ISweepSink second) : ISweepSink
{
    /// <inheritdoc />
    public void Write(long start, ReadOnlySpan<PointEstimate> chunk)
    {
        first.Write(start, chunk);
        second.Write(start, chunk);
    }

    /// <inheritdoc />
    public void Complete()
    {
        first.Complete();
        second.Complete();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The first sink is owned by the caller; the chart collector holds nothing to release.
    }
}
