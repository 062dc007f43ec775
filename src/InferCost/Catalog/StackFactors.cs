using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>The serving stack's software costs that calibration fits per stack (one set for every accelerator family).</summary>
/// <param name="PassFixed">Time per forward pass that does not grow with depth: sampling, logits copy, host-device synchronisation.</param>
/// <param name="PerKernel">Time per kernel launched in a forward pass beyond its own work: the start gap and tail (a few microseconds each even under CUDA graphs).</param>
/// <param name="PerRequest">Host CPU time per request in each step (scheduling, sampling bookkeeping, detokenisation) on the reference host (relative speed 1).</param>
/// <param name="KvPoolFraction">The stack's KV-pool fraction (what <see cref="KvPoolRule"/> multiplies).</param>
/// <param name="ExpertEfficiency">
/// The stack's MoE grouped-GEMM kernel relative to a dense GEMM, in both bandwidth and FLOP/s: the kernel is the stack's
/// (TensorRT-LLM's CUTLASS grouped GEMM, vLLM's and SGLang's Triton fused_moe), not the hardware's.
/// </param>
public sealed record StackFactors(Seconds PassFixed, Seconds PerKernel, Seconds PerRequest, double KvPoolFraction, double ExpertEfficiency);
