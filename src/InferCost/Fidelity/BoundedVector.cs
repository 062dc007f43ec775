using MathNet.Numerics.LinearAlgebra;

namespace InferCost.Fidelity;

/// <summary>
/// Named factors with physical ranges, mapped to and from the optimiser's unbounded vector through a logistic, so that a
/// fit cannot leave its range; it can only approach a bound, which <see cref="BoundWarnings"/> reports.
/// </summary>
internal sealed class BoundedVector((string Name, double Lo, double Hi)[] ranges)
{
    public int Count => ranges.Length;

    public IReadOnlyList<(string Name, double Lo, double Hi)> Ranges => ranges;

    public double Map(Vector<double> x, int i)
    {
        var (_, lo, hi) = ranges[i];
        return lo + ((hi - lo) / (1 + Math.Exp(-x[i])));
    }

    // Start values at the edge of a range are pulled just inside it, where the logistic is invertible.
    public Vector<double> Unmap(double[] values) => Vector<double>.Build.DenseOfArray([.. values.Select((v, i) =>
    {
        var (_, lo, hi) = ranges[i];
        var t = Math.Clamp((v - lo) / (hi - lo), 0.02, 0.98);
        return Math.Log(t / (1 - t));
    })]);
}
