using InferCost.Results;
using InferCost.Units;

namespace InferCost.Economics.Margin;

/// <summary>The allowed list prices, checked where the user gives one.</summary>
public static class ListPriceLimits
{
    /// <summary>The field id of the output list price.</summary>
    public const string OutputField = "list-price";

    /// <summary>The field id of the input list price.</summary>
    public const string InputField = "list-input-price";

    /// <summary>The dearest list price allowed, USD per 1M tokens.</summary>
    public const double Max = 10_000;

    /// <summary>A list price per 1M tokens for <paramref name="field"/>, or why it is not one.</summary>
    public static Result<DollarsPerMillionTokens> Check(double usdPerMillion, string field) =>
        double.IsFinite(usdPerMillion) && usdPerMillion > 0 && usdPerMillion <= Max
            ? Result.Ok(new DollarsPerMillionTokens(usdPerMillion))
            : Result.Fail<DollarsPerMillionTokens>(
                "scenario",
                field,
                $"must be above 0 and at most 10,000 USD per 1M tokens (API list prices run from cents to about 600 USD), found {usdPerMillion.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}.",
                ErrorCodes.OutOfRange);
}
