using InferCost.Units;

namespace InferCost.Economics.Rental;

/// <summary>One published GPU rental price.</summary>
/// <param name="Date">When the price was published or observed.</param>
/// <param name="Accelerator">The catalog id of the accelerator rented.</param>
/// <param name="Provider">Who rents it out.</param>
/// <param name="Tier">The provider's tier.</param>
/// <param name="Price">Price per GPU-hour (an instance's price over its GPUs).</param>
/// <param name="Commitment">On demand, reserved or spot.</param>
/// <param name="Source">Where the price was published.</param>
/// <param name="Note">How the per-GPU figure was derived, and anything a reader should know.</param>
public sealed record GpuRental(
    DateOnly Date,
    string Accelerator,
    string Provider,
    RentalTier Tier,
    DollarsPerHour Price,
    RentalCommitment Commitment,
    string Source,
    string Note);
