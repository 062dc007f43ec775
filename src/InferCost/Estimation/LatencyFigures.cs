using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>What one request experiences.</summary>
/// <param name="TimeToFirstToken">Prefill of its prompt alone.</param>
/// <param name="TimePerOutputToken">One decode step at the scenario's batch.</param>
/// <param name="MeanInterTokenLatency">Mean gap between a request's tokens when the other requests' prefills are interleaved with its decode.</param>
/// <param name="RequestLatency">TTFT + (output - 1) x TPOT.</param>
public sealed record LatencyFigures(Seconds TimeToFirstToken, Seconds TimePerOutputToken, Seconds MeanInterTokenLatency, Seconds RequestLatency);
