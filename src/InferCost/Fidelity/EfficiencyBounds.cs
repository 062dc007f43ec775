using InferCost.Catalog;
using InferCost.Units;
using MathNet.Numerics.LinearAlgebra;

namespace InferCost.Fidelity;

/// <summary>
/// The fitted knobs and their physical ranges. The optimiser works on unbounded values; each maps into its
/// range through a logistic, so no fit can leave physics (a fraction above 1, a negative overhead).
/// </summary>
internal static class EfficiencyBounds
{
    private static readonly (double Lo, double Hi)[] Ranges =
    [
        (0.30, 0.98), // bandwidth fraction
        (0.15, 0.95), // compute fraction
        (0.0, 3000.0), // step overhead, microseconds
        (0.0, 20.0), // overhead per request per step, microseconds
        (0.80, 0.99), // usable memory fraction
        (0.20, 1.00), // link fraction
        (0.20, 1.00), // expert compute fraction
    ];

    public static int Count => Ranges.Length;

    /// <summary>The range of the factor at <paramref name="index"/> of the vector (overheads in microseconds).</summary>
    public static (double Lo, double Hi) Range(int index) => Ranges[index];

    public static ServingEfficiency FromVector(Vector<double> x) => new(
        Map(x[0], 0), Map(x[1], 1), Seconds.FromMicroseconds(Map(x[2], 2)), Seconds.FromMicroseconds(Map(x[3], 3)), Map(x[4], 4), Map(x[5], 5), Map(x[6], 6));

    public static Vector<double> ToVector(ServingEfficiency e) => Vector<double>.Build.DenseOfArray(
    [
        Unmap(e.BandwidthFraction, 0), Unmap(e.ComputeFraction, 1), Unmap(e.StepOverhead.Value * 1e6, 2), Unmap(e.RequestOverhead.Value * 1e6, 3),
        Unmap(e.UsableMemoryFraction, 4), Unmap(e.LinkFraction, 5), Unmap(e.ExpertComputeFraction, 6),
    ]);

    private static double Map(double x, int i)
    {
        var (lo, hi) = Ranges[i];
        return lo + ((hi - lo) / (1 + Math.Exp(-x)));
    }

    // Start values at the edge of a range are pulled just inside it, where the logistic is invertible.
    private static double Unmap(double v, int i)
    {
        var (lo, hi) = Ranges[i];
        var t = Math.Clamp((v - lo) / (hi - lo), 0.02, 0.98);
        return Math.Log(t / (1 - t));
    }
}
