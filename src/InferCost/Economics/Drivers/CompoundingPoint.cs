namespace InferCost.Economics.Drivers;

/// <summary>The compounded factor after a number of cycles (a point of the chart's curves).</summary>
/// <param name="Cycles">Cycles elapsed.</param>
/// <param name="Factor">The factor at the low ends, midpoints and high ends.</param>
public sealed record CompoundingPoint(double Cycles, CompoundFactor Factor);
