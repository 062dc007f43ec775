using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>What one request experiences.</summary>
/// <param name="TimeToFirstToken">Prefill of its prompt alone.</param>
/// <param name="TimePerOutputToken">One decode step at the scenario's batch.</param>
/// <param name="RequestLatency">TTFT + (output - 1) x TPOT.</param>
public sealed record LatencyFigures(Seconds TimeToFirstToken, Seconds TimePerOutputToken, Seconds RequestLatency);
