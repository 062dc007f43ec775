using InferCost.Units;

namespace InferCost.Performance;

/// <summary>The per-operator roofline's times for one forward pass (see <see cref="KernelTimes"/>).</summary>
/// <param name="LinearCompute">Compute time of the linear layers (dense GEMMs, LM head and routed-expert grouped GEMMs).</param>
/// <param name="Linear">Time of the linear layers: the dense GEMMs' roofline plus the routed experts' own roofline.</param>
/// <param name="Attention">Time of attention: the larger of its memory and compute time.</param>
/// <param name="Memory">All bytes at achievable bandwidth.</param>
/// <param name="Compute">All FLOPs at achievable FLOP/s.</param>
/// <param name="Experts">Time of the routed-expert grouped GEMMs: the larger of reading the touched experts and their padded FLOPs (part of <paramref name="Linear"/>).</param>
public readonly record struct KernelDurations(Seconds LinearCompute, Seconds Linear, Seconds Attention, Seconds Memory, Seconds Compute, Seconds Experts = default);
