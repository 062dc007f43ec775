namespace InferCost.Estimation;

/// <summary>What a GPU-hour costs: the owner's bottom-up stack, or a rented GPU's price.</summary>
public enum CostBasis
{
    /// <summary>Owned GPUs: capital over life and utilisation, power, facility, storage, network and labour.</summary>
    Owned,

    /// <summary>Rented GPUs: a price per GPU-hour, paid for every hour rented.</summary>
    Rented,
}
