namespace InferCost.Serving.Workloads;

/// <summary>The input and output lengths of one synthetic request.</summary>
/// <param name="InputTokens">Input (prompt) tokens, at least 1.</param>
/// <param name="OutputTokens">Output tokens, at least 1.</param>
public readonly record struct LengthSample(int InputTokens, int OutputTokens);
