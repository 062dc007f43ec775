using InferCost.Units;

namespace InferCost.Performance;

/// <summary>The achievable rates the per-operator roofline runs each kernel at.</summary>
/// <param name="Bandwidth">Achievable memory bandwidth.</param>
/// <param name="Compute">Achievable FLOP/s at the weights' compute precision (dense GEMMs, routed experts).</param>
/// <param name="AttentionCompute">Achievable FLOP/s at the attention precision (the KV precision).</param>
/// <param name="HeadCompute">Achievable FLOP/s at the LM head's precision (BF16 in FP8 and FP4 checkpoints).</param>
/// <param name="ExpertFraction">Large-M grouped-GEMM efficiency of the routed experts relative to a dense GEMM.</param>
public readonly record struct KernelRates(
    BytesPerSecond Bandwidth, FlopsPerSecond Compute, FlopsPerSecond AttentionCompute, FlopsPerSecond HeadCompute, double ExpertFraction);
