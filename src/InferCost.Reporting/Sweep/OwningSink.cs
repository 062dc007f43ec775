using InferCost.Sweeps;

namespace InferCost.Reporting.Sweep;

/// <summary>A sink that also owns the writer it writes to, flushing and closing it after the sink.</summary>
public sealed class OwningSink(ISweepSink inner, TextWriter writer) : ISweepSink
{
    /// <inheritdoc />
    public void Write(long start, ReadOnlySpan<PointEstimate> chunk) => inner.Write(start, chunk);

    /// <inheritdoc />
    public void Complete()
    {
        inner.Complete();
        writer.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        inner.Dispose();
        writer.Dispose();
    }
}
