using InferCost.Units;

namespace InferCost.Economics.Margin;

/// <summary>An API's list price, what a margin is taken against.</summary>
/// <param name="Label">What it is (a model's list price and its date, or "given").</param>
/// <param name="Output">Per 1M output tokens.</param>
/// <param name="Input">Per 1M input tokens, when known.</param>
/// <param name="Source">Where it was published, or empty when the user gave it.</param>
public sealed record ListPrice(string Label, DollarsPerMillionTokens Output, DollarsPerMillionTokens? Input, string Source);
