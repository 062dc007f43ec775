using InferCost.Economics.Floor;
namespace InferCost.Economics.Market;

/// <summary>
/// When a tier's fitted price reaches the floor band: the date the fit falls to the band's high edge (it enters the
/// band) and to its low edge, and the entry dates at the two ends of the slope's 95% interval. Dates are null where the
/// fit (or that end of the interval) never gets there within <see cref="HorizonYears"/> of the last price.
/// </summary>
/// <param name="Kind">Crosses, already reached, or never.</param>
/// <param name="AsOf">The date of the last price fitted, from which "already" and the horizon count.</param>
/// <param name="PriceAtAsOf">The fitted price on <paramref name="AsOf"/>, USD per 1M tokens.</param>
/// <param name="EntersBand">When the fit reaches the band's high edge.</param>
/// <param name="ReachesLow">When the fit reaches the band's low edge.</param>
/// <param name="EntersEarliest">When a line with the interval's fastest slope reaches the high edge.</param>
/// <param name="EntersLatest">When a line with the interval's slowest slope reaches it; null when that slope never does.</param>
public sealed record FloorCrossing(
    CrossingKind Kind,
    DateOnly AsOf,
    double PriceAtAsOf,
    DateOnly? EntersBand,
    DateOnly? ReachesLow,
    DateOnly? EntersEarliest,
    DateOnly? EntersLatest)
{
    /// <summary>How far past the last price a crossing is still projected; beyond it the fit is said never to cross.</summary>
    public const double HorizonYears = 200;

    /// <summary>
    /// Projects <paramref name="fit"/> against <paramref name="band"/> from <paramref name="asOf"/>. The interval dates
    /// pivot the line about the points' centroid (where a least-squares line is pinned), so they carry the slope's
    /// uncertainty, which dominates far from the data.
    /// </summary>
    public static FloorCrossing Project(LogLinearFit fit, FloorBand band, DateOnly asOf)
    {
        var asOfYears = TimeAxis.Years(asOf);
        var priceNow = fit.PriceAt(asOfYears);
        if (priceNow <= band.High.Value)
        {
            return new FloorCrossing(CrossingKind.AlreadyReached, asOf, priceNow, null, null, null, null);
        }

        var enters = Within(fit.YearsAt(band.High.Value, fit.Slope), fit.Slope, asOfYears);
        if (enters is null)
        {
            return new FloorCrossing(CrossingKind.Never, asOf, priceNow, null, null, null, null);
        }

        return new FloorCrossing(
            CrossingKind.Crosses,
            asOf,
            priceNow,
            enters,
            Within(fit.YearsAt(band.Low.Value, fit.Slope), fit.Slope, asOfYears),
            Within(fit.YearsAt(band.High.Value, fit.SlopeLow), fit.SlopeLow, asOfYears),
            Within(fit.YearsAt(band.High.Value, fit.SlopeHigh), fit.SlopeHigh, asOfYears));
    }

    // A falling line reaches a lower price later; a flat or rising one never does. Beyond the horizon is "never" too.
    private static DateOnly? Within(double? years, double slope, double asOfYears) =>
        slope < 0 && years is { } t && t - asOfYears <= HorizonYears ? TimeAxis.Date(t) : null;
}
