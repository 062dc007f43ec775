using InferCost.Economics.Checks;
using InferCost.Estimation;
using InferCost.Units;

namespace InferCost.Economics.Tasks;

/// <summary>The per-token prices a task is costed at, input and output apart, and where they come from.</summary>
/// <param name="Input">Price per 1M input tokens.</param>
/// <param name="Output">Price per 1M output tokens.</param>
/// <param name="Basis">Bottom-up estimate or list prices.</param>
public sealed record TokenPrices(DollarsPerMillionTokens Input, DollarsPerMillionTokens Output, PriceBasis Basis)
{
    /// <summary>The prices of a bottom-up estimate.</summary>
    public static TokenPrices FromEstimate(Estimate estimate) =>
        new(estimate.Cost.PerMillionInputTokens, estimate.Cost.PerMillionOutputTokens, PriceBasis.BottomUp);

    /// <summary>List prices, each checked against <see cref="TaskFields.PriceRange"/>.</summary>
    public static Results.Result<TokenPrices> List(double inputPerMillion, double outputPerMillion) =>
        RateCheck.Collect(
            [
                RateCheck.Check(TaskFields.InputPrice, inputPerMillion, TaskFields.PriceRange, "USD per 1M input tokens"),
                RateCheck.Check(TaskFields.OutputPrice, outputPerMillion, TaskFields.PriceRange, "USD per 1M output tokens"),
            ],
            () => new TokenPrices(new DollarsPerMillionTokens(inputPerMillion), new DollarsPerMillionTokens(outputPerMillion), PriceBasis.ListPrice));
}
