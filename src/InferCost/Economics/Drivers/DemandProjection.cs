using InferCost.Economics.Checks;
using InferCost.Results;

namespace InferCost.Economics.Drivers;

/// <summary>Jevons' paradox as a number: token volume and spend as the price falls, at a constant elasticity.</summary>
public static class DemandProjection
{
    /// <summary>Points on the chart's curves.</summary>
    public const int CurvePoints = 49;

    /// <summary>Tokens and spend at a price drop of <paramref name="priceDrop"/>.</summary>
    public static DemandPoint At(DemandElasticity elasticity, double priceDrop) =>
        new(priceDrop, Math.Pow(priceDrop, elasticity.Value), Math.Pow(priceDrop, elasticity.Value - 1));

    /// <summary>The projection at each price drop, each checked against <see cref="DriverFields.PriceDropRange"/>.</summary>
    public static Result<IReadOnlyList<DemandPoint>> Project(DemandElasticity elasticity, IReadOnlyList<double> priceDrops)
    {
        if (priceDrops.Count == 0)
        {
            return Result.Fail<IReadOnlyList<DemandPoint>>(RateCheck.Error(DriverFields.PriceDrops, "give at least one price-drop factor."));
        }

        return RateCheck.Collect<IReadOnlyList<DemandPoint>>(
            [.. priceDrops.Select(d => RateCheck.Check(DriverFields.PriceDrops, d, DriverFields.PriceDropRange, "x"))],
            () => [.. priceDrops.Select(d => At(elasticity, d))]);
    }

    /// <summary>A smooth curve from 1x to <paramref name="maxDrop"/> (log-spaced), for the chart.</summary>
    public static IReadOnlyList<DemandPoint> Curve(DemandElasticity elasticity, double maxDrop)
    {
        var top = Math.Max(maxDrop, 10);
        return [.. Enumerable.Range(0, CurvePoints).Select(i => At(elasticity, Math.Pow(top, (double)i / (CurvePoints - 1))))];
    }
}
