using InferCost.Economics.Market;

namespace InferCost.Tests.Market;

public class PriceTrendFitterTests
{
    // ln p = a + b t with a = ln 60, b = -ln 3 (3x cheaper a year), quarterly points over 3 years.
    private static readonly double A = Math.Log(60);
    private static readonly double B = -Math.Log(3);

    private static List<(double Years, double Price)> Series(Func<int, double> noise) =>
        [.. Enumerable.Range(0, 13).Select(i => (i * 0.25, Math.Exp(A + (B * i * 0.25) + noise(i))))];

    [Fact]
    public void Fit_ExactExponential_RecoversInterceptSlopeAndRate()
    {
        var fit = PriceTrendFitter.Fit(Series(_ => 0)).Value;
        fit.Intercept.ShouldBe(A, 1e-12);
        fit.Slope.ShouldBe(B, 1e-12);
        fit.RSquared.ShouldBe(1, 1e-12);
        fit.Points.ShouldBe(13);
        DeclineRate.Of(fit).Per12Months.ShouldBe(3, 1e-9);
        DeclineRate.Of(fit).Per18Months.ShouldBe(Math.Pow(3, 1.5), 1e-9);
    }

    [Fact]
    public void Fit_NoisySeries_IntervalCoversTheTrueSlope()
    {
        // Deterministic pseudo-noise of +-0.3 in ln price (a factor of 1.35 either way).
        var fit = PriceTrendFitter.Fit(Series(i => 0.3 * Math.Sin(i * 2.1))).Value;
        fit.SlopeLow.ShouldBeLessThan(B);
        fit.SlopeHigh.ShouldBeGreaterThan(B);
        fit.Slope.ShouldBe(B, 0.2);
        var rate = DeclineRate.Of(fit);
        rate.Per12MonthsLow.ShouldBeLessThan(3);
        rate.Per12MonthsHigh.ShouldBeGreaterThan(3);
    }

    [Fact]
    public void Fit_Interval_UsesStudentsT()
    {
        // Three points (0, e^0), (1, e^-1), (2, e^0.5... ) by hand: t = 0,1,2; y = 0, -1, -1.
        // mean t = 1, mean y = -2/3; Sxx = 2; Sxy = (-1)(2/3) + 0 + (1)(-1/3) = -1; b = -0.5; a = -2/3 + 0.5 = -1/6.
        // residuals: 0 - (-1/6) = 1/6; -1 - (-2/3) = -1/3; -1 - (-7/6) = 1/6; SSE = 1/36 + 1/9 + 1/36 = 1/6.
        // se = sqrt(SSE / 1 / Sxx) = sqrt(1/12); t(0.975, 1 df) = 12.7062.
        var fit = PriceTrendFitter.Fit([(0, 1), (1, Math.Exp(-1)), (2, Math.Exp(-1))]).Value;
        fit.Slope.ShouldBe(-0.5, 1e-12);
        fit.Intercept.ShouldBe(-1.0 / 6, 1e-12);
        fit.SlopeStandardError.ShouldBe(Math.Sqrt(1.0 / 12), 1e-12);
        (fit.SlopeHigh - fit.Slope).ShouldBe(12.7062 * Math.Sqrt(1.0 / 12), 1e-4);
    }

    [Fact]
    public void Fit_TooFewPointsOrOneDate_FailsWithAReason()
    {
        PriceTrendFitter.Fit([(0, 1), (1, 2)]).Errors.Single().Reason.ShouldContain("at least 3");
        PriceTrendFitter.Fit([(1, 1), (1, 2), (1, 3)]).Errors.Single().Reason.ShouldContain("one date");
    }
}
