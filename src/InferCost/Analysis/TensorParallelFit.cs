using InferCost.Estimation;

namespace InferCost.Analysis;

/// <summary>The smallest tensor-parallel degree at which a context fits, and the estimate there.</summary>
/// <param name="TensorParallel">GPUs per replica.</param>
/// <param name="Estimate">The estimate at that degree (same batch rule, same number of replicas).</param>
public sealed record TensorParallelFit(int TensorParallel, Estimate Estimate);
