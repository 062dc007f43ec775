using InferCost.Units;

namespace InferCost.Economics.Floor;

/// <summary>A price set against the floor.</summary>
/// <param name="Label">What is priced ("today's estimate", or a market price's label).</param>
/// <param name="Price">Its $/1M output tokens.</param>
/// <param name="Date">When it was listed; empty for the estimate.</param>
/// <param name="TimesFloor">Price / floor total.</param>
/// <param name="TimesEnergyFloor">Price / energy-only floor.</param>
public sealed record FloorPriceRatio(string Label, DollarsPerMillionTokens Price, string Date, double TimesFloor, double TimesEnergyFloor);
