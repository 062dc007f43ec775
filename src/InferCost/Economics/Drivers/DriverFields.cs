using InferCost.Scenarios.Fields;

namespace InferCost.Economics.Drivers;

/// <summary>
/// The inputs of the drivers analysis a user can override: canonical ids (errors name them; each driver's field is its
/// catalog id: hardware, software, architecture, quantization) and allowed ranges with reasons.
/// </summary>
public static class DriverFields
{
    /// <summary>Hardware cycles to compound over.</summary>
    public const string Cycles = "cycles";

    /// <summary>Price elasticity of token demand.</summary>
    public const string Elasticity = "elasticity";

    /// <summary>The observed fall in the per-token price that an elasticity is read from.</summary>
    public const string ObservedPriceDrop = "observed-price-drop";

    /// <summary>The observed growth in spend over the same period.</summary>
    public const string ObservedSpendGrowth = "observed-spend-growth";

    /// <summary>The price-drop factors the demand table projects to.</summary>
    public const string PriceDrops = "price-drops";

    /// <summary>A driver's gain per cycle (each end of its range).</summary>
    public static FieldRange GainRange { get; } = new(1, 100, "a gain per cycle: 1 is none (below 1 the driver would make tokens dearer); essay 004's largest is 5x and 100x is 20 times that");

    /// <summary>Hardware cycles.</summary>
    public static FieldRange CyclesRange { get; } = new(0.1, 10, "essay 004 counts roughly two full cycles since late 2022; ten is beyond any roadmap the essays cite");

    /// <summary>Price elasticity of demand, as a positive number (tokens scale as price drop ^ e).</summary>
    public static FieldRange ElasticityRange { get; } = new(0, 5, "0: demand ignores price; below 1 spend falls as the price falls; above 1 spend rises (Jevons' paradox); essays 003/004 imply 1.22");

    /// <summary>An observed price fall an elasticity is read from.</summary>
    public static FieldRange ObservedPriceDropRange { get; } = new(1.01, 1e9, "an elasticity is read from a price that fell, so more than 1x; the essays' is 1,000x");

    /// <summary>Observed growth in spend.</summary>
    public static FieldRange ObservedSpendGrowthRange { get; } = new(0.001, 1e9, "spend after over spend before: above 0; the essays' is 4.5x");

    /// <summary>A price-drop factor to project to.</summary>
    public static FieldRange PriceDropRange { get; } = new(1, 1e9, "1 is today's price; 10^9 is a million times the essays' 1,000x");
}
