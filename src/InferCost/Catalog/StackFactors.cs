using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>The serving stack's software costs that calibration fits per stack (one set for every accelerator family).</summary>
/// <param name="PassFixed">Time per forward pass that does not grow with depth: sampling, logits copy, host-device synchronisation.</param>
/// <param name="PerLayer">Time per decoder layer per forward pass: the gaps between the layer's kernels (launch and synchronisation, a few microseconds each even under CUDA graphs).</param>
/// <param name="PerRequest">Host CPU time per request in each step (scheduling, sampling bookkeeping, detokenisation) on the reference host (relative speed 1).</param>
/// <param name="KvPoolFraction">The stack's KV-pool fraction (what <see cref="KvPoolRule"/> multiplies).</param>
public sealed record StackFactors(Seconds PassFixed, Seconds PerLayer, Seconds PerRequest, double KvPoolFraction);
