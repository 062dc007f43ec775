using InferCost.Units;

namespace InferCost.Economics.Tasks;

/// <summary>A task's cost as published at one per-token price (essay 004: a 200-call ticket costs $0.01 at $0.05 per 1M).</summary>
/// <param name="Label">When or where the price held.</param>
/// <param name="Price">The blended price per 1M tokens.</param>
/// <param name="Cost">The task's published cost at that price.</param>
public sealed record PricedTaskCost(string Label, DollarsPerMillionTokens Price, Dollars Cost);
