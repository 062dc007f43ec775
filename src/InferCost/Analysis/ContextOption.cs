using InferCost.Estimation;
using InferCost.Scenarios;

namespace InferCost.Analysis;

/// <summary>One way to serve a context: a tensor-parallel degree, where KV beyond HBM lives, and the estimate there.</summary>
/// <param name="TensorParallel">GPUs per replica.</param>
/// <param name="Offload">Where KV beyond HBM lives (none: all of it in HBM).</param>
/// <param name="Estimate">The estimate of this layout at its cheapest batch (or the scenario's batch, capped at the largest that fits).</param>
public sealed record ContextOption(int TensorParallel, OffloadTier Offload, Estimate Estimate);
