using System.Collections.Immutable;
using InferCost.Units;

namespace InferCost.Serving.Workloads;

/// <summary>
/// One request of a trace: when it arrived and how many tokens it brought and asked for, and, in a trace that names
/// them, the identities of its prompt's KV blocks.
/// </summary>
/// <param name="Arrival">When the request arrived, from the trace's first request (which arrives at zero).</param>
/// <param name="InputTokens">Input (prompt) tokens, at least 1.</param>
/// <param name="OutputTokens">Output tokens the request generated, at least 1.</param>
public readonly record struct TraceRequest(Seconds Arrival, int InputTokens, int OutputTokens)
{
    /// <summary>
    /// The prompt's blocks of <see cref="RequestTrace.PrefixBlockTokens"/> tokens, each named by the hash of the prompt up
    /// to its end (Mooncake's <c>hash_ids</c>): two requests with the same first n ids share their first n blocks' KV.
    /// Empty in a trace without them.
    /// </summary>
    public ImmutableArray<int> Blocks { get; init; } = [];
}
