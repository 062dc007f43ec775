namespace InferCost.Economics.Tasks;

/// <summary>Where the per-token prices of a task come from.</summary>
public enum PriceBasis
{
    /// <summary>The scenario's bottom-up estimate ($/1M input and output tokens derived from hardware, facility and finance).</summary>
    BottomUp,

    /// <summary>List prices the user gave.</summary>
    ListPrice,
}
