using InferCost.Sweeps;

namespace InferCost.Reporting.Sweep;

/// <summary>Evaluates a plan chunk by chunk into a sink, reporting progress; the chunk buffer is reused, so memory stays flat.</summary>
public static class SweepRunner
{
    /// <summary>Points evaluated per chunk.</summary>
    public const int ChunkSize = 1 << 16;

    /// <summary>Evaluates every point of the plan in chunks, in order, into <paramref name="sink"/>; <paramref name="progress"/> hears the points done so far.</summary>
    public static void Run(SweepPlan plan, ISweepSink sink, Action<long>? progress = null)
    {
        var grid = plan.Grid;
        var buffer = new PointEstimate[(int)Math.Min(ChunkSize, grid.Count)];
        for (long start = 0; start < grid.Count; start += buffer.Length)
        {
            var chunk = buffer.AsSpan(0, (int)Math.Min(buffer.Length, grid.Count - start));
            grid.Evaluate(start, chunk);
            sink.Write(start, chunk);
            progress?.Invoke(start + chunk.Length);
        }

        sink.Complete();
    }
}
