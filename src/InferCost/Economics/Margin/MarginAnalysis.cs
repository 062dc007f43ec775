using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Economics.Margin;

/// <summary>
/// Essay 001 section 8's reasoning ("a lab selling at $3/1M has roughly 17x margin on infrastructure cost") as a
/// computation: a list price against the deployment's cost per token, owned (bottom-up) and rented at each given price,
/// with the gross margin and the markup at each. The costs are the estimator's, so every one can be explained.
/// </summary>
public static class MarginAnalysis
{
    /// <summary>The margins of <paramref name="price"/> over <paramref name="s"/> owned and at each of <paramref name="rents"/>.</summary>
    public static Result<MarginResult> Compute(Scenario s, ListPrice price, IReadOnlyList<RentOption> rents)
    {
        var owned = CostEstimator.Estimate(s with { Finance = s.Finance with { RentedGpuHourPrice = null } }, Derivation.Off());
        if (!owned.Succeeded)
        {
            return Result.Fail<MarginResult>(owned.Errors);
        }

        var lines = new List<MarginLine> { Line("Owned (bottom-up)", owned.Value, price, s) };
        foreach (var rent in rents)
        {
            var rented = CostEstimator.Estimate(s with { Finance = s.Finance with { RentedGpuHourPrice = rent.Price } }, Derivation.Off());
            if (!rented.Succeeded)
            {
                return Result.Fail<MarginResult>(rented.Errors);
            }

            lines.Add(Line(rent.Label, rented.Value, price, s) with { Rent = rent.Price });
        }

        return Result.Ok(new MarginResult(owned.Value, price, lines));
    }

    private static MarginLine Line(string label, Estimate e, ListPrice price, Scenario s)
    {
        var c = e.Cost;
        GrossMargin? input = null;
        GrossMargin? request = null;
        if (price.Input is { } listInput)
        {
            input = new GrossMargin(listInput, c.PerMillionInputTokens);
            request = new GrossMargin(
                Blend(listInput, price.Output, s.InputTokens, s.OutputTokens),
                Blend(c.PerMillionInputTokens, c.PerMillionOutputTokens, s.InputTokens, s.OutputTokens));
        }

        return new MarginLine(label, c.Basis, null, c.PerGpuHour, new GrossMargin(price.Output, c.PerMillionOutputTokens), input, request);
    }

    // Per 1M tokens of the request mix: (input x in-price + output x out-price) / (input + output).
    private static DollarsPerMillionTokens Blend(DollarsPerMillionTokens perInput, DollarsPerMillionTokens perOutput, double input, double output) =>
        ((perInput * input) + (perOutput * output)) / (input + output);
}
