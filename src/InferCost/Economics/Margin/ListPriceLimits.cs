using InferCost.Economics.Checks;
using InferCost.Results;
using InferCost.Scenarios.Fields;
using InferCost.Units;

namespace InferCost.Economics.Margin;

/// <summary>The allowed list prices, checked where the user gives one.</summary>
public static class ListPriceLimits
{
    /// <summary>The field id of the output list price.</summary>
    public const string OutputField = "list-price";

    /// <summary>The field id of the input list price.</summary>
    public const string InputField = "list-input-price";

    /// <summary>A list price per 1M tokens.</summary>
    public static FieldRange Range { get; } = new(0.0001, 10_000, "API list prices run from cents to about 600 USD per 1M tokens");

    /// <summary>A list price per 1M tokens for <paramref name="field"/>, or why it is not one.</summary>
    public static Result<DollarsPerMillionTokens> Check(double usdPerMillion, string field) =>
        RateCheck.Check(field, usdPerMillion, Range, "USD per 1M tokens") is { } error
            ? Result.Fail<DollarsPerMillionTokens>(error)
            : Result.Ok(new DollarsPerMillionTokens(usdPerMillion));
}
