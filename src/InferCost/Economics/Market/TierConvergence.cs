namespace InferCost.Economics.Market;

/// <summary>One tier's trend: the prices fitted, the fit, its rates, where it meets the floor, and the claim to compare.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Prices">The prices fitted, oldest first.</param>
/// <param name="Fit">ln(price) against years.</param>
/// <param name="Rate">The decline per 12 and 18 months with intervals.</param>
/// <param name="Crossing">When the fit reaches the floor band.</param>
/// <param name="Claimed">The essay's rate for this tier, if the catalog has one.</param>
public sealed record TierConvergence(
    PriceTier Tier,
    IReadOnlyList<ApiPrice> Prices,
    LogLinearFit Fit,
    DeclineRate Rate,
    FloorCrossing Crossing,
    ClaimedRate? Claimed)
{
    /// <summary>The fitted price (USD per 1M tokens) at <paramref name="date"/>.</summary>
    public double FittedPrice(DateOnly date) => Fit.PriceAt(TimeAxis.Years(date));
}
