namespace InferCost.Economics.Drivers;

/// <summary>The supply side: the drivers, their factor per cycle and over the cycles, and the curve between.</summary>
/// <param name="Drivers">The drivers with their ranges.</param>
/// <param name="PerCycle">The product of the drivers' gains per cycle (low, mid, high).</param>
/// <param name="Cycles">Cycles compounded over.</param>
/// <param name="OverCycles">The per-cycle factor raised to the cycles.</param>
/// <param name="Headline">Cycles needed to reach the essays' headline factor.</param>
/// <param name="Curve">The compounded factor from 0 cycles to <paramref name="Cycles"/>.</param>
public sealed record SupplyResult(
    IReadOnlyList<CostDriver> Drivers,
    CompoundFactor PerCycle,
    double Cycles,
    CompoundFactor OverCycles,
    CyclesToTarget Headline,
    IReadOnlyList<CompoundingPoint> Curve)
{
    /// <summary>The midpoint factor over the cycles relative to the headline (essay 004: 75^2 = 5,625x against its 1,000x).</summary>
    public double MidOverHeadline => OverCycles.Mid / Headline.Target;
}
