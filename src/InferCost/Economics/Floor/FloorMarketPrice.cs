using InferCost.Units;

namespace InferCost.Economics.Floor;

/// <summary>A market price to hold against the floor (an API's list price, for one).</summary>
/// <param name="Label">What is priced (provider and model).</param>
/// <param name="Output">Its price per 1M output tokens.</param>
/// <param name="Date">When the price was listed (YYYY-MM or YYYY-MM-DD).</param>
public sealed record FloorMarketPrice(string Label, DollarsPerMillionTokens Output, string Date);
