namespace InferCost.Economics.Market;

/// <summary>
/// An ordinary least-squares fit of ln(price) = a + b t (t in years on <see cref="TimeAxis"/>), with the 95% confidence
/// interval of the slope from the t distribution with n - 2 degrees of freedom.
/// </summary>
/// <param name="Intercept">a: ln(USD per 1M tokens) at t = 0.</param>
/// <param name="Slope">b: change of ln(price) per year (negative: prices fall).</param>
/// <param name="SlopeStandardError">The slope's standard error, sqrt(SSE / (n - 2) / Sxx).</param>
/// <param name="SlopeLow">The slope's 95% interval, low end (the fastest decline).</param>
/// <param name="SlopeHigh">The slope's 95% interval, high end (the slowest decline).</param>
/// <param name="Points">n, the number of prices fitted.</param>
/// <param name="RSquared">The share of the variance of ln(price) the line explains.</param>
/// <param name="MeanYears">The mean t of the points (the line passes through (mean t, mean ln price)).</param>
/// <param name="MeanLogPrice">The mean ln(price) of the points.</param>
public sealed record LogLinearFit(
    double Intercept,
    double Slope,
    double SlopeStandardError,
    double SlopeLow,
    double SlopeHigh,
    int Points,
    double RSquared,
    double MeanYears,
    double MeanLogPrice)
{
    /// <summary>The confidence of the slope's interval.</summary>
    public const double Confidence = 0.95;

    /// <summary>The fitted price at <paramref name="years"/>, in USD per 1M tokens.</summary>
    public double PriceAt(double years) => Math.Exp(Intercept + (Slope * years));

    /// <summary>
    /// The t at which a line through the points' centroid with slope <paramref name="slope"/> reaches
    /// <paramref name="price"/>; null when that slope never gets there (zero slope).
    /// </summary>
    public double? YearsAt(double price, double slope) =>
        slope == 0 ? null : MeanYears + ((Math.Log(price) - MeanLogPrice) / slope);
}
