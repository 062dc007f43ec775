using InferCost.Performance;
using InferCost.Units;

namespace InferCost.Sweeps;

/// <summary>The headline figures of one sweep point (the same numbers <c>estimate</c> reports for that scenario).</summary>
/// <param name="Status">Feasible, or why not.</param>
/// <param name="Batch">The batch decoded (the largest that fits for 'max'); 0 when infeasible.</param>
/// <param name="MaxBatch">The largest batch that fits.</param>
/// <param name="MemoryRequired">Memory per GPU the requested batch needs (weights + workspace + KV).</param>
/// <param name="MemoryUsable">Usable memory per GPU.</param>
/// <param name="StepTime">Decode step time (time per output token).</param>
/// <param name="TimeToFirstToken">Prefill of one prompt alone (+ its KV transfer when disaggregated).</param>
/// <param name="InterTokenLatency">Mean inter-token latency with the other requests' prefills interleaved (the step alone when disaggregated).</param>
/// <param name="DecodeRate">Decode output tokens per second, whole system (the decode pool when disaggregated).</param>
/// <param name="SteadyOutputRate">Steady output tokens per second (prefill and decode), whole system (R x output when disaggregated).</param>
/// <param name="AveragePower">Average active board power per GPU.</param>
/// <param name="EnergyPerOutputToken">GPU energy per output token.</param>
/// <param name="CostPerGpuHour">Cost per productive GPU-hour (blended over both pools when disaggregated).</param>
/// <param name="OutputCost">$/1M output tokens.</param>
/// <param name="InputCost">$/1M input tokens.</param>
/// <param name="PowerOutputCost">The electricity layers' (GPU energy, host energy and facility overhead) part of <paramref name="OutputCost"/>.</param>
public readonly record struct PointEstimate(
    PointStatus Status,
    int Batch,
    int MaxBatch,
    Bytes MemoryRequired,
    Bytes MemoryUsable,
    Seconds StepTime,
    Seconds TimeToFirstToken,
    Seconds InterTokenLatency,
    TokensPerSecond DecodeRate,
    TokensPerSecond SteadyOutputRate,
    Watts AveragePower,
    JoulesPerToken EnergyPerOutputToken,
    DollarsPerHour CostPerGpuHour,
    DollarsPerMillionTokens OutputCost,
    DollarsPerMillionTokens InputCost,
    DollarsPerMillionTokens PowerOutputCost)
{
    /// <summary>Whether the point was estimated.</summary>
    public bool IsFeasible => Status == PointStatus.Feasible;

    /// <summary>The fit decision behind the point, for <paramref name="requested"/> (the point's batch input), to word it with <see cref="Infeasibility"/>.</summary>
    public MemoryFit FitFor(Scenarios.BatchSize requested) =>
        new(Status, MaxBatch, requested.IsMax ? Math.Max(MaxBatch, 1) : requested.Requests, MemoryRequired, MemoryUsable);

    /// <summary>An infeasible point: only the memory figures are known.</summary>
    public static PointEstimate Infeasible(PointStatus status, int maxBatch, Bytes required, Bytes usable) =>
        new(status, 0, maxBatch, required, usable, default, default, default, default, default, default, default, default, default, default, default);
}
