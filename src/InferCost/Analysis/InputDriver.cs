namespace InferCost.Analysis;

/// <summary>How strongly one sampled input drives the spread of $/1M output tokens.</summary>
/// <param name="Input">The input and its distribution.</param>
/// <param name="SpearmanRho">
/// Spearman rank correlation of the input's sampled values with $/1M output tokens over the served samples, in [-1, 1]
/// (negative: cost falls as the input rises); null when the input or the cost did not vary, so no rank order exists.
/// </param>
public sealed record InputDriver(SampledInput Input, double? SpearmanRho);
