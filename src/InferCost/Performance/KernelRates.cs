using InferCost.Units;

namespace InferCost.Performance;

/// <summary>The achievable rates the per-operator roofline runs each kernel at.</summary>
/// <param name="Bandwidth">Achievable memory bandwidth.</param>
/// <param name="Compute">Achievable FLOP/s at the weights' compute precision (dense GEMMs, routed experts).</param>
/// <param name="AttentionCompute">Achievable FLOP/s at the attention precision (the KV precision).</param>
/// <param name="HeadCompute">Achievable FLOP/s at the LM head's precision (BF16 in FP8 and FP4 checkpoints).</param>
/// <param name="ExpertFraction">Large-M grouped-GEMM efficiency of the routed experts relative to a dense GEMM.</param>
/// <param name="WeightFormatFraction">
/// The weight GEMMs' kernel for the checkpoint's scaling format relative to a per-tensor one (the stack's block-FP8
/// efficiency for a block-scaled FP8 checkpoint, else 1), in both bandwidth and FLOP/s; the LM head is not block-scaled.
/// </param>
/// <param name="Power">The energies and power headroom that floor each kernel's time; null: no power floor (hand-built rates).</param>
public readonly record struct KernelRates(
    BytesPerSecond Bandwidth, FlopsPerSecond Compute, FlopsPerSecond AttentionCompute, FlopsPerSecond HeadCompute, double ExpertFraction,
    double WeightFormatFraction = 1.0, KernelPower? Power = null);
