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
/// <param name="BlockFp8Efficiency">
/// The stack's block-scaled FP8 GEMM kernels (weights scaled per 128 x 128 block, activations per 128-value group, as
/// DeepSeek-V3's checkpoint) relative to per-tensor FP8 GEMMs of the same shape, in both bandwidth and FLOP/s: DeepGEMM
/// and CUTLASS's blockwise kernels run near per-tensor rates, the generic Triton kernels of early 2025 did not. Applies
/// only to block-scaled checkpoints run at FP8.
/// </param>
public sealed record StackFactors(Seconds PassFixed, Seconds PerKernel, Seconds PerRequest, double KvPoolFraction, double ExpertEfficiency, double BlockFp8Efficiency);
