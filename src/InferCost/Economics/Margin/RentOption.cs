using InferCost.Units;

namespace InferCost.Economics.Margin;

/// <summary>A rented GPU price to cost the deployment at.</summary>
/// <param name="Label">Whose price it is (a tier's median, or the user's).</param>
/// <param name="Price">Per GPU-hour, paid for every hour rented.</param>
public sealed record RentOption(string Label, DollarsPerHour Price);
