namespace InferCost.Economics.Rental;

/// <summary>How long the renter commits for, which discounts the price.</summary>
public enum RentalCommitment
{
    /// <summary>Pay by the hour, no commitment.</summary>
    OnDemand,

    /// <summary>A one-year reservation or contract.</summary>
    Reserved1Year,

    /// <summary>A three-year reservation.</summary>
    Reserved3Years,

    /// <summary>Interruptible capacity.</summary>
    Spot,
}
