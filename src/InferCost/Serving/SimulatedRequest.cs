namespace InferCost.Serving;

/// <summary>A request as it reaches the server.</summary>
/// <param name="Arrival">When it arrives, seconds from the start of the run.</param>
/// <param name="InputTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Tokens it generates (the first comes from the prefill).</param>
public readonly record struct SimulatedRequest(double Arrival, int InputTokens, int OutputTokens);
