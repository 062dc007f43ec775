namespace InferCost.Economics.Market;

/// <summary>Which list price a trend is fitted to.</summary>
public enum PriceMetric
{
    /// <summary>$/1M output tokens (the figure the essays quote and the floor is stated in).</summary>
    Output,

    /// <summary>$/1M input tokens.</summary>
    Input,
}
