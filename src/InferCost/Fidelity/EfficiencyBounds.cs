using InferCost.Catalog;
using MathNet.Numerics.LinearAlgebra;

namespace InferCost.Fidelity;

/// <summary>
/// The hardware factors fitted per accelerator family and their physical ranges. The optimiser works on unbounded
/// values; each maps into its range through a logistic (<see cref="BoundedVector"/>), so no fit can leave physics.
/// </summary>
internal static class EfficiencyBounds
{
    private static readonly BoundedVector Bounds = new(
    [
        ("bandwidthFraction", 0.30, 0.98), // HBM streaming kernels reach 70-92% of peak
        ("computeFraction", 0.15, 0.95), // large GEMMs reach 60-85% of dense peak; small ones far less
        ("linkFraction", 0.20, 1.00), // a serving-sized (1-30 MB) all-reduce reaches 0.17-0.44 of the per-direction peak in nccl-tests, 0.5-0.8 at GBs
    ]);

    public static int Count => Bounds.Count;

    /// <summary>The names and ranges, in vector order.</summary>
    public static IReadOnlyList<(string Name, double Lo, double Hi)> Ranges => Bounds.Ranges;

    public static ServingEfficiency FromVector(Vector<double> x) =>
        new(Bounds.Map(x, 0), Bounds.Map(x, 1), Bounds.Map(x, 2));

    public static Vector<double> ToVector(ServingEfficiency e) =>
        Bounds.Unmap([e.BandwidthFraction, e.ComputeFraction, e.LinkFraction]);

    /// <summary>The factors of <paramref name="e"/> in vector order, for bound checks.</summary>
    public static double[] Values(ServingEfficiency e) => [e.BandwidthFraction, e.ComputeFraction, e.LinkFraction];
}
