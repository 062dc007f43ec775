using InferCost.Performance;
using InferCost.Units;

namespace InferCost.Analysis;

/// <summary>Where one phase of the scenario (a decode step, or a prefill) sits on the roofline, per GPU.</summary>
/// <param name="Flops">FLOPs of the work, per GPU.</param>
/// <param name="Bytes">Bytes it moves through memory, per GPU.</param>
/// <param name="Time">Its modelled time (roofline kernels + communication + overhead).</param>
/// <param name="Intensity">Arithmetic intensity: FLOPs / bytes.</param>
/// <param name="Achieved">FLOP/s the model says it reaches: FLOPs / time.</param>
/// <param name="Attainable">The roofline at its intensity: min(peak, I x bandwidth).</param>
/// <param name="ShareOfPeak">Achieved / peak at the compute precision.</param>
/// <param name="ShareOfAttainable">Achieved / attainable: how close it gets to its own roof.</param>
/// <param name="Bound">Memory when the intensity is below the ridge point, else compute.</param>
public sealed record RooflinePoint(
    Flops Flops,
    Bytes Bytes,
    Seconds Time,
    FlopsPerByte Intensity,
    FlopsPerSecond Achieved,
    FlopsPerSecond Attainable,
    double ShareOfPeak,
    double ShareOfAttainable,
    Bound Bound);
