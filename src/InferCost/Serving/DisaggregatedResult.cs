namespace InferCost.Serving;

/// <summary>What a disaggregated run measured: one prefill instance and one decode instance, each with its share of the requests.</summary>
/// <param name="Prefill">A prefill instance: its prompts and first tokens (TTFT, busy share, energy).</param>
/// <param name="Decode">A decode instance: its requests' latencies from the client's view, their tokens, its busy share and energy.</param>
public sealed record DisaggregatedResult(SimulationResult Prefill, SimulationResult Decode);
