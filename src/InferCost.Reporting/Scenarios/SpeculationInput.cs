using InferCost.Catalog;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Scenarios;

/// <summary>
/// Reads the speculative, draft-tokens and acceptance fields onto a resolved scenario (<see cref="Speculation.Resolve"/>).
/// A draft length or an acceptance without a drafter is an error rather than a value silently ignored.
/// </summary>
public static class SpeculationInput
{
    /// <summary>The scenario with its speculative decoding set (unchanged when none is given), or the problems, pointed at the values given.</summary>
    public static Result<Scenario> Apply(ScenarioInput input, Scenario scenario, InferCostCatalog catalog)
    {
        var drafter = input.Get(ScenarioFields.Speculative);
        var tokens = Number(input, ScenarioFields.DraftTokens);
        var acceptance = Number(input, ScenarioFields.Acceptance);
        if (!tokens.Succeeded || !acceptance.Succeeded)
        {
            return Result.Fail<Scenario>([.. tokens.Errors, .. acceptance.Errors]);
        }

        if (drafter is null || drafter.Text == "none")
        {
            var stray = new[] { ScenarioFields.DraftTokens, ScenarioFields.Acceptance }.FirstOrDefault(f => input.Get(f) is not null);
            return stray is null
                ? Result.Ok(scenario)
                : Result.Fail<Scenario>(input.OriginOf(stray), "", $"applies to speculative decoding, but {input.OriginOf(ScenarioFields.Speculative)} is not set; give mtp or a draft model, or leave it out.");
        }

        var speculation = Speculation.Resolve(scenario.Model, drafter.Text, (int?)tokens.Value, acceptance.Value, catalog);
        return speculation.Succeeded
            ? Result.Ok(scenario with { Speculation = speculation.Value })
            : Result.Fail<Scenario>([.. speculation.Errors.Select(e => e with { Source = OriginOf(input, e.Field), Field = "" })]);
    }

    private static Result<double?> Number(ScenarioInput input, ScenarioField field) =>
        input.Get(field) is { } v
            ? InputParsers.Value(field, v) is { Succeeded: true } parsed ? Result.Ok<double?>(parsed.Value) : Result.Fail<double?>(InputParsers.Value(field, v).Errors)
            : Result.Ok<double?>(null);

    private static string OriginOf(ScenarioInput input, string engineField) =>
        ScenarioFields.Find(engineField) is { } field ? input.OriginOf(field) : engineField;
}
