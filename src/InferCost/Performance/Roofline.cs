using InferCost.Units;

namespace InferCost.Performance;

/// <summary>The roofline: time to move bytes and to do FLOPs at achievable rates, and the ridge between them.</summary>
public static class Roofline
{
    /// <summary>Time to move <paramref name="bytes"/> at <paramref name="fraction"/> of peak bandwidth.</summary>
    public static Seconds MemoryTime(Bytes bytes, BytesPerSecond peak, double fraction = 1.0) => bytes / (peak * fraction);

    /// <summary>Time to do <paramref name="flops"/> at <paramref name="fraction"/> of peak FLOP/s.</summary>
    public static Seconds ComputeTime(Flops flops, FlopsPerSecond peak, double fraction = 1.0) => flops / (peak * fraction);

    /// <summary>The ridge point: the arithmetic intensity above which a kernel is compute-bound.</summary>
    public static FlopsPerByte RidgePoint(FlopsPerSecond peakCompute, BytesPerSecond peakBandwidth) => peakCompute / peakBandwidth;

    /// <summary>Which bound applies: memory when moving the bytes takes at least as long as the arithmetic.</summary>
    public static Bound BoundOf(Seconds memoryTime, Seconds computeTime) => memoryTime >= computeTime ? Bound.Memory : Bound.Compute;
}
