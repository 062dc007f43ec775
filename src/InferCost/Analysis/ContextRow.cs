using InferCost.Estimation;
using InferCost.Units;

namespace InferCost.Analysis;

/// <summary>One context length of a <see cref="ContextSweep"/>.</summary>
/// <param name="InputTokens">The context: prompt tokens per request (the scenario's output length is generated on top).</param>
/// <param name="KvPerRequest">One request's whole KV cache at input + output tokens, before sharding over GPUs.</param>
/// <param name="KvPerRequestPerGpu">The part of it each GPU holds at the scenario's tensor-parallel degree.</param>
/// <param name="Fit">Whether it fits at the scenario's TP, and if not, why.</param>
/// <param name="Estimate">The estimate at the scenario's TP; null unless <paramref name="Fit"/> is <see cref="ContextFit.Fits"/>.</param>
/// <param name="LargerTensorParallel">
/// When it does not fit at the scenario's TP: the smallest larger power-of-two TP within the scale-up domain at which one
/// request fits, with its estimate; null otherwise.
/// </param>
/// <param name="OffloadPerGpu">
/// When it does not fit at the scenario's TP: the KV bytes per GPU that one request would have to keep outside HBM
/// (weights + workspace + KV - usable memory); null when it fits, when the context exceeds the model's, or when the
/// weights and workspace alone exceed usable memory (offloading KV cannot help).
/// </param>
/// <param name="RelativeToBaseline">
/// $/1M output tokens where the row is served (its own estimate, else the larger TP's) over the same for the 4K baseline;
/// null when either cannot be served.
/// </param>
/// <param name="ScenarioFit">
/// The memory decision at the scenario's TP with the largest batch that fits: why the row is not served there, in the
/// engine's one wording (<see cref="Performance.Infeasibility"/>), when it is not.
/// </param>
public sealed record ContextRow(
    int InputTokens,
    Bytes KvPerRequest,
    Bytes KvPerRequestPerGpu,
    ContextFit Fit,
    Estimate? Estimate,
    TensorParallelFit? LargerTensorParallel,
    Bytes? OffloadPerGpu,
    double? RelativeToBaseline,
    Performance.MemoryFit ScenarioFit)
{
    /// <summary>
    /// The cheapest feasible layout for this context (<see cref="ContextLayoutSearch"/>): more GPUs or KV offload priced side
    /// by side; null when nothing serves it.
    /// </summary>
    public ContextOption? Cheapest { get; init; }

    /// <summary>The largest batch that fits at the scenario's TP (0 when not one request does).</summary>
    public int MaxBatch => ScenarioFit.MaxBatch;

    /// <summary>The estimate the row is served with: at the scenario's TP if it fits, else at the larger TP; null if neither.</summary>
    public Estimate? ServedEstimate => Estimate ?? LargerTensorParallel?.Estimate;
}
