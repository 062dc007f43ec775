using InferCost.Architecture;
using InferCost.Performance;
using InferCost.Units;

namespace InferCost.Analysis;

/// <summary>
/// One precision's roofline on an accelerator: FLOP/s rise with arithmetic intensity at the memory bandwidth's slope
/// until they meet the dense tensor peak at the ridge point, and stay flat beyond it.
/// </summary>
/// <param name="Precision">The tensor-core precision.</param>
/// <param name="Peak">Dense peak FLOP/s at that precision (datasheet, no sparsity).</param>
/// <param name="Bandwidth">Peak memory bandwidth.</param>
/// <param name="RidgePoint">Peak / bandwidth: the intensity above which work is compute-bound.</param>
public sealed record RooflineCeiling(Precision Precision, FlopsPerSecond Peak, BytesPerSecond Bandwidth, FlopsPerByte RidgePoint)
{
    /// <summary>The ceiling of one precision, with its ridge point from <see cref="Roofline.RidgePoint"/>.</summary>
    public static RooflineCeiling Of(Precision precision, FlopsPerSecond peak, BytesPerSecond bandwidth) =>
        new(precision, peak, bandwidth, Roofline.RidgePoint(peak, bandwidth));

    /// <summary>The most FLOP/s work of this intensity can reach: min(peak, I x bandwidth).</summary>
    public FlopsPerSecond AttainableAt(FlopsPerByte intensity) => FlopsPerSecond.Min(Peak, intensity * Bandwidth);

    /// <summary>Which side of the ridge an intensity lies on: below it the bytes, not the arithmetic, set the pace.</summary>
    public Bound BoundAt(FlopsPerByte intensity) => intensity < RidgePoint ? Bound.Memory : Bound.Compute;
}
