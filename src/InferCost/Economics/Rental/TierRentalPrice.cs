using InferCost.Units;

namespace InferCost.Economics.Rental;

/// <summary>What one tier of providers asks for an accelerator: the median of each provider's latest price, and its spread.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Commitment">The commitment the prices are for.</param>
/// <param name="Median">The median of the providers' latest prices (the mean of the middle two for an even count).</param>
/// <param name="Lowest">The cheapest provider's latest price.</param>
/// <param name="Highest">The dearest provider's latest price.</param>
/// <param name="Quotes">Each provider's latest price, cheapest first.</param>
public sealed record TierRentalPrice(
    RentalTier Tier,
    RentalCommitment Commitment,
    DollarsPerHour Median,
    DollarsPerHour Lowest,
    DollarsPerHour Highest,
    IReadOnlyList<GpuRental> Quotes);
