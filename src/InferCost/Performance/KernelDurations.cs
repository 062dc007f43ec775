using InferCost.Units;

namespace InferCost.Performance;

/// <summary>The per-operator roofline's times for one forward pass (see <see cref="KernelTimes"/>).</summary>
/// <param name="LinearCompute">Compute time of the linear layers.</param>
/// <param name="Linear">Time of the linear layers: the larger of their memory and compute time.</param>
/// <param name="Attention">Time of attention: the larger of its memory and compute time.</param>
/// <param name="Memory">All bytes at achievable bandwidth.</param>
/// <param name="Compute">All FLOPs at achievable FLOP/s.</param>
public readonly record struct KernelDurations(Seconds LinearCompute, Seconds Linear, Seconds Attention, Seconds Memory, Seconds Compute);
