using InferCost.Catalog;
using InferCost.Units;
using MathNet.Numerics.LinearAlgebra;

namespace InferCost.Fidelity;

/// <summary>The software factors fitted per serving stack and their physical ranges (microseconds for times).</summary>
internal static class StackBounds
{
    private static readonly BoundedVector Bounds = new(
    [
        ("passFixedUs", 0.0, 2000.0), // sampling, logits copy and sync: tens to hundreds of microseconds; 2 ms is a stalled host
        ("perKernelUs", 0.5, 10.0), // a kernel's start gap and tail under CUDA graphs: ~1 us launch to ~10 us for a tiny latency-bound kernel
        ("perRequestUs", 0.0, 30.0), // scheduler work per request per step in C++ or Python on a server core
        ("kvPoolFraction", 0.70, 0.99), // documented defaults are 0.85-0.95; benchmarks raise it towards 0.95
        ("expertEfficiency", 0.10, 1.00), // a grouped GEMM over narrow experts reaches a fraction of a dense GEMM's rates
        ("blockFp8Efficiency", 0.10, 1.00), // a block-scaled FP8 GEMM reaches at most a per-tensor one's rates; generic kernels far less
    ]);

    public static int Count => Bounds.Count;

    /// <summary>The names and ranges, in vector order.</summary>
    public static IReadOnlyList<(string Name, double Lo, double Hi)> Ranges => Bounds.Ranges;

    public static StackFactors FromVector(Vector<double> x) => new(
        Seconds.FromMicroseconds(Bounds.Map(x, 0)), Seconds.FromMicroseconds(Bounds.Map(x, 1)), Seconds.FromMicroseconds(Bounds.Map(x, 2)), Bounds.Map(x, 3), Bounds.Map(x, 4), Bounds.Map(x, 5));

    public static Vector<double> ToVector(StackFactors f) => Bounds.Unmap(Values(f));

    /// <summary>The factors of <paramref name="f"/> in vector order (times in microseconds), for bound checks.</summary>
    public static double[] Values(StackFactors f) => [f.PassFixed.Value * 1e6, f.PerKernel.Value * 1e6, f.PerRequest.Value * 1e6, f.KvPoolFraction, f.ExpertEfficiency, f.BlockFp8Efficiency];
}
