using InferCost.Units;

namespace InferCost.Serving.Workloads;

/// <summary>
/// One request of a trace: when it arrived and how many tokens it brought and asked for. A 16-byte value, so that a
/// trace of a million requests is one 16 MB array and replaying it allocates nothing per request.
/// </summary>
/// <param name="Arrival">When the request arrived, from the trace's first request (which arrives at zero).</param>
/// <param name="InputTokens">Input (prompt) tokens, at least 1.</param>
/// <param name="OutputTokens">Output tokens the request generated, at least 1.</param>
public readonly record struct TraceRequest(Seconds Arrival, int InputTokens, int OutputTokens);
