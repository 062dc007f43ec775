using InferCost.Economics.Floor;
using InferCost.Economics.Market;

namespace InferCost.Tests.Market;

public class FloorCrossingTests
{
    private static readonly FloorBand Band = FloorBand.Create(0.015, 0.025, "test").Value;

    // A line through the centroid (t = 6, ln 1 = 0) with the given slope per year; the interval +-0.1 around it.
    private static LogLinearFit Line(double slope) => new(-slope * 6, slope, 0.05, slope - 0.1, slope + 0.1, 10, 0.9, 6, 0);

    [Fact]
    public void Project_FallingFit_CrossesWhereTheArithmeticSays()
    {
        // From $1 at t = 6 (2026-01-01) falling by a factor e per year: $0.025 at t = 6 + ln 40 = 9.6889 years,
        // 9.6889 x 365.25 = 3538.9 -> 3539 days after 2020-01-01; 2029-01-01 is day 3288, so day 251 of 2029 counted
        // from 0: Jan-Aug hold 243 days, leaving 8 -> 2029-09-09.
        var crossing = FloorCrossing.Project(Line(-1), Band, new DateOnly(2026, 1, 1));
        crossing.Kind.ShouldBe(CrossingKind.Crosses);
        crossing.EntersBand.ShouldBe(new DateOnly(2020, 1, 1).AddDays((int)Math.Round((6 + Math.Log(40)) * 365.25)));
        crossing.EntersBand.ShouldBe(new DateOnly(2029, 9, 9));
        crossing.ReachesLow.ShouldBe(TimeAxis.Date(6 + Math.Log(1 / 0.015)));
        crossing.EntersEarliest!.Value.ShouldBeLessThan(crossing.EntersBand!.Value);
        crossing.EntersLatest!.Value.ShouldBeGreaterThan(crossing.EntersBand!.Value);
    }

    [Fact]
    public void Project_FasterDecline_CrossesSooner()
    {
        var asOf = new DateOnly(2026, 1, 1);
        DateOnly? previous = null;
        foreach (var slope in new[] { -0.3, -0.5, -1.0, -2.0, -4.0 })
        {
            var enters = FloorCrossing.Project(Line(slope), Band, asOf).EntersBand!.Value;
            if (previous is { } p)
            {
                enters.ShouldBeLessThan(p);
            }

            previous = enters;
        }
    }

    [Fact]
    public void Project_RisingOrFlatFit_NeverCrosses()
    {
        FloorCrossing.Project(Line(0.2), Band, new DateOnly(2026, 1, 1)).Kind.ShouldBe(CrossingKind.Never);
        FloorCrossing.Project(Line(0), Band, new DateOnly(2026, 1, 1)).Kind.ShouldBe(CrossingKind.Never);
    }

    [Fact]
    public void Project_FitAlreadyBelowTheBand_SaysSo()
    {
        var crossing = FloorCrossing.Project(Line(-1), Band, new DateOnly(2040, 1, 1));
        crossing.Kind.ShouldBe(CrossingKind.AlreadyReached);
        crossing.PriceAtAsOf.ShouldBeLessThan(0.025);
    }

    [Fact]
    public void Project_SlowEndOfIntervalRising_LatestEntryIsNever()
    {
        var fit = new LogLinearFit(0.3, -0.05, 0.1, -0.25, 0.15, 10, 0.2, 6, 0);
        var crossing = FloorCrossing.Project(fit, Band, new DateOnly(2026, 1, 1));
        crossing.Kind.ShouldBe(CrossingKind.Crosses);
        crossing.EntersLatest.ShouldBeNull();
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(0.03, 0.02)]
    [InlineData(double.NaN, 1)]
    public void FloorBand_BadEdges_Fail(double low, double high) =>
        FloorBand.Create(low, high, "--floor").Errors.Single().Field.ShouldBe("floor");
}
