namespace InferCost.Economics.Market;

/// <summary>
/// How fast a fitted price falls: the factor it divides by over a period (exp(-b x years)), with the 95% interval from
/// the slope's. A factor above 1 is a decline (3 = a third of the price), below 1 a rise.
/// </summary>
/// <param name="Per12Months">Factor per 12 months, exp(-b).</param>
/// <param name="Per12MonthsLow">Its interval's low end (the slowest decline), exp(-b_high).</param>
/// <param name="Per12MonthsHigh">Its interval's high end (the fastest decline), exp(-b_low).</param>
/// <param name="Per18Months">Factor per 18 months, exp(-1.5 b).</param>
/// <param name="Per18MonthsLow">Its interval's low end.</param>
/// <param name="Per18MonthsHigh">Its interval's high end.</param>
public sealed record DeclineRate(
    double Per12Months,
    double Per12MonthsLow,
    double Per12MonthsHigh,
    double Per18Months,
    double Per18MonthsLow,
    double Per18MonthsHigh)
{
    /// <summary>The rates a fit implies.</summary>
    public static DeclineRate Of(LogLinearFit fit) => new(
        Factor(fit.Slope, 12), Factor(fit.SlopeHigh, 12), Factor(fit.SlopeLow, 12),
        Factor(fit.Slope, 18), Factor(fit.SlopeHigh, 18), Factor(fit.SlopeLow, 18));

    /// <summary>The factor a price divides by over <paramref name="months"/> at slope <paramref name="slopePerYear"/>.</summary>
    public static double Factor(double slopePerYear, double months) => Math.Exp(-slopePerYear * months / 12);
}
