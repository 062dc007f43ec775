using InferCost.Architecture;
using InferCost.Performance;
using InferCost.Units;

namespace InferCost.Economics.Projection;

/// <summary>
/// Essay 000 section 3: the share of the tensor cores' peak a decode step can use, its arithmetic intensity over the
/// ridge point (peak FLOP/s / HBM bandwidth). Below the ridge the roofline caps the step at intensity x bandwidth, so
/// the share is I / ridge; at or above it the step is compute-bound and the share is 1.
/// </summary>
/// <param name="Batch">Requests in the decode step.</param>
/// <param name="Precision">The precision the tensor cores run.</param>
/// <param name="Intensity">The step's FLOPs / bytes.</param>
/// <param name="RidgePoint">Peak FLOP/s at <paramref name="Precision"/> / peak HBM bandwidth.</param>
/// <param name="Utilisation">min(1, intensity / ridge point).</param>
public sealed record DecodeUtilisation(int Batch, Precision Precision, FlopsPerByte Intensity, FlopsPerByte RidgePoint, double Utilisation)
{
    /// <summary>Intensity / ridge point, capped at 1 (the roofline's attainable share of peak).</summary>
    public static double Of(FlopsPerByte intensity, FlopsPerSecond peak, BytesPerSecond bandwidth) =>
        Math.Min(1, intensity / Roofline.RidgePoint(peak, bandwidth));

    /// <summary>The utilisation of a decode step of <paramref name="flops"/> over <paramref name="bytes"/> at a precision's peak.</summary>
    public static DecodeUtilisation At(int batch, Precision precision, Flops flops, Bytes bytes, FlopsPerSecond peak, BytesPerSecond bandwidth)
    {
        var intensity = flops / bytes;
        return new DecodeUtilisation(batch, precision, intensity, Roofline.RidgePoint(peak, bandwidth), Of(intensity, peak, bandwidth));
    }
}
