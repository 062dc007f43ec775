using InferCost.Results;
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
        var meanT = points.Average(p => p.Years);
        var meanY = points.Average(p => Math.Log(p.Price));
        var sxx = points.Sum(p => (p.Years - meanT) * (p.Years - meanT));
        if (sxx <= 0)
        {
            return Result.Fail<LogLinearFit>(source, "prices", "all prices share one date; a trend needs prices at two or more dates.");
        }

        var sxy = points.Sum(p => (p.Years - meanT) * (Math.Log(p.Price) - meanY));
        var syy = points.Sum(p => (Math.Log(p.Price) - meanY) * (Math.Log(p.Price) - meanY));
        var slope = sxy / sxx;
        var intercept = meanY - (slope * meanT);
        var sse = points.Sum(p =>
        {
            var residual = Math.Log(p.Price) - (intercept + (slope * p.Years));
            return residual * residual;
        });
        var degrees = n - 2;
        var standardError = Math.Sqrt(sse / degrees / sxx);
        var t = StudentT.InvCDF(0, 1, degrees, 1 - ((1 - LogLinearFit.Confidence) / 2));
        var rSquared = syy > 0 ? 1 - (sse / syy) : 1;
        return Result.Ok(new LogLinearFit(
            intercept, slope, standardError, slope - (t * standardError), slope + (t * standardError), n, rSquared, meanT, meanY));
    }
}
