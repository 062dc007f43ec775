using InferCost.Results;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace InferCost.Economics.Market;

/// <summary>Fits ln(price) = a + b t by ordinary least squares (the price trend of a tier).</summary>
public static class PriceTrendFitter
{
    /// <summary>The fewest points a fit takes: with two the line is exact and its interval undefined (no degrees of freedom).</summary>
    public const int MinimumPoints = 3;

    /// <summary>
    /// The fit through (years, price) points; fails when there are fewer than <see cref="MinimumPoints"/>, when a price
    /// is not positive, or when all points share one date (no slope can be fitted).
    /// </summary>
    public static Result<LogLinearFit> Fit(IReadOnlyList<(double Years, double Price)> points, string source = "prices")
    {
        if (points.Count < MinimumPoints)
        {
            return Result.Fail<LogLinearFit>(source, "prices", $"{points.Count} price(s) to fit; a trend needs at least {MinimumPoints} (with fewer there is no confidence interval).");
        }

        if (points.Any(p => !double.IsFinite(p.Price) || p.Price <= 0 || !double.IsFinite(p.Years)))
        {
            return Result.Fail<LogLinearFit>(source, "prices", "every price must be a positive, finite number to take its logarithm.");
        }

        var n = points.Count;
        var years = points.Select(p => p.Years).ToArray();
        var logPrices = points.Select(p => Math.Log(p.Price)).ToArray();
        var meanT = years.Average();
        var meanY = logPrices.Average();
        var sxx = years.Sum(t => (t - meanT) * (t - meanT));
        if (sxx <= 0)
        {
            return Result.Fail<LogLinearFit>(source, "prices", "all prices share one date; a trend needs prices at two or more dates.");
        }

        var (intercept, slope) = MathNet.Numerics.Fit.Line(years, logPrices);
        var fitted = years.Select(t => intercept + (slope * t)).ToArray();
        var sse = Distance.SSD(fitted, logPrices);

        // A line through prices that never change explains them all (MathNet's R^2 is undefined there).
        var rSquared = logPrices.All(y => y == logPrices[0]) ? 1 : GoodnessOfFit.RSquared(fitted, logPrices);
        var degrees = n - 2;
        var standardError = Math.Sqrt(sse / degrees / sxx);
        var t = StudentT.InvCDF(0, 1, degrees, 1 - ((1 - LogLinearFit.Confidence) / 2));
        return Result.Ok(new LogLinearFit(
            intercept, slope, standardError, slope - (t * standardError), slope + (t * standardError), n, rSquared, meanT, meanY));
    }
}
