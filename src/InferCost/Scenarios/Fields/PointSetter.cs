using InferCost.Sweeps;

namespace InferCost.Scenarios.Fields;

/// <summary>Sets a field's value on a sweep point in place (allocation-free: the kernel calls it per point).</summary>
/// <param name="point">The point.</param>
/// <param name="value">The value (for a batch, 0 means the largest that fits).</param>
public delegate void PointSetter(ref PointInputs point, double value);
