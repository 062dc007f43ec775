using System.Collections.Immutable;

namespace InferCost.Serving;

/// <summary>A request as it reaches the server.</summary>
/// <param name="Arrival">When it arrives, seconds from the start of the run.</param>
/// <param name="InputTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Tokens it generates (the first comes from the prefill).</param>
public readonly record struct SimulatedRequest(double Arrival, int InputTokens, int OutputTokens)
{
    /// <summary>
    /// For a request a prefill instance has already served (disaggregated serving): when the client sent it. It reaches
    /// this server (a decode instance) at <see cref="Arrival"/> with its prompt's KV and its first token; NaN otherwise.
    /// </summary>
    public double SentAt { get; init; } = double.NaN;

    /// <summary>For a request prefilled elsewhere: when its first token reached the client; NaN otherwise.</summary>
    public double FirstTokenAt { get; init; } = double.NaN;

    /// <summary>Its prompt's blocks, named by prefix (<see cref="Workloads.RequestTrace.Blocks"/>); empty when the workload does not name them.</summary>
    public ImmutableArray<int> Blocks { get; init; } = [];
}
