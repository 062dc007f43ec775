using System.Collections.Immutable;

namespace InferCost.Economics.Projection;

/// <summary>The cost stack's shares after some generations, in the order of <see cref="StackRates.Components"/>.</summary>
/// <param name="Generations">Generations after today (fractional for a year between generations).</param>
/// <param name="Year">BaseYear + generations x years per generation.</param>
/// <param name="Shares">At the rates the projection uses.</param>
/// <param name="SharesAtLowRates">At the low end of every essay range.</param>
/// <param name="SharesAtHighRates">At the high end of every essay range.</param>
/// <param name="CostRelativeToToday">The whole stack's cost at the rates used, relative to today's.</param>
public sealed record ShareRow(double Generations, double Year, ImmutableArray<double> Shares, ImmutableArray<double> SharesAtLowRates, ImmutableArray<double> SharesAtHighRates, double CostRelativeToToday);
