namespace InferCost.Economics.Drivers;

/// <summary>A factor of cost reduction at the low ends, midpoints and high ends of the drivers' ranges.</summary>
/// <param name="Low">The product of the low ends.</param>
/// <param name="Mid">The product of the midpoints.</param>
/// <param name="High">The product of the high ends.</param>
public sealed record CompoundFactor(double Low, double Mid, double High)
{
    /// <summary>The factor after <paramref name="cycles"/> cycles: each end raised to that power.</summary>
    public CompoundFactor Over(double cycles) => new(Math.Pow(Low, cycles), Math.Pow(Mid, cycles), Math.Pow(High, cycles));
}
