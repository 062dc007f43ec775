using InferCost.Analysis;
using InferCost.Catalog;
using InferCost.Reporting.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Scenarios;
using InferCost.Results;

namespace InferCost.Reporting.Analysis;

/// <summary>
/// Finds the scenario values written as distributions and resolves the scenario at their low ends, their high ends and
/// (for triangular ones) their modes, so that every end is parsed and checked by the normal resolver with its usual
/// messages; then reads the numbers back from the resolved scenarios.
/// </summary>
public static class UncertainScenarioResolver
{
    /// <summary>The fields that take a distribution, in the face's spelling, for messages.</summary>
    public static string Sampleable(Func<ScenarioField, string> nameOf) =>
        string.Join(", ", ScenarioFields.SampleStreamOrder.Select(nameOf));

    /// <summary>The scenario at the low ends of its distributions, and the distributions; or every problem with them.</summary>
    public static Result<UncertainScenario> Resolve(ScenarioInput input, InferCostCatalog catalog)
    {
        var errors = new List<InputError>();
        var ranges = new List<(ScenarioField Field, RangeText Range)>();
        foreach (var field in input.Fields)
        {
            if (input.Get(field) is not { } value || !InForce(input, field))
            {
                continue;
            }

            var range = RangeText.Parse(value);
            if (!range.Succeeded)
            {
                errors.AddRange(range.Errors);
                continue;
            }

            if (range.Value is null)
            {
                continue;
            }

            if (field.IsSampleable)
            {
                ranges.Add((field, range.Value));
            }
            else
            {
                errors.Add(new InputError(value.Origin, "", $"'{value.Text}' is a distribution, but {field.Id} is not a numeric input that can be sampled; distributions are allowed on {Sampleable(input.NameOf)}."));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail<UncertainScenario>(errors);
        }

        var low = Resolve(input, ranges, r => r.Low, catalog, errors);
        var high = Resolve(input, ranges, r => r.High, catalog, errors);
        var mode = ranges.Any(r => r.Range.Mode is not null) ? Resolve(input, ranges, r => r.Mode ?? r.Low, catalog, errors) : low;
        if (errors.Count > 0 || low is null || high is null || mode is null)
        {
            return Result.Fail<UncertainScenario>(errors.Count > 0 ? errors : [new InputError("scenario", "", "could not be resolved.")]);
        }

        var inputs = new List<SampledInput>();
        foreach (var (field, range) in ranges)
        {
            var origin = input.OriginOf(field);
            if (field.Read!(low) is not { } lo || field.Read(high) is not { } hi || field.Read(mode) is not { } mid)
            {
                errors.Add(new InputError(origin, "", $"a distribution needs numbers at both ends, not 'max'; {RangeText.Syntax}."));
                continue;
            }

            if (lo > hi)
            {
                errors.Add(new InputError(origin, "", $"the low end {range.Low} is above the high end {range.High}; {RangeText.Syntax}."));
                continue;
            }

            if (range.Mode is not null && (mid < lo || mid > hi))
            {
                errors.Add(new InputError(origin, "", $"the mode {range.Mode} must lie between the low end {range.Low} and the high end {range.High}."));
                continue;
            }

            inputs.Add(new SampledInput(field.Point!.Value, range.Mode is null ? InputDistribution.Uniform(lo, hi) : InputDistribution.Triangular(lo, mid, hi)));
        }

        return errors.Count > 0 ? Result.Fail<UncertainScenario>(errors) : Result.Ok(new UncertainScenario(low, inputs));
    }

    // A power price in the file is overridden by a --region flag, so a range there is not in force and is not sampled.
    private static bool InForce(ScenarioInput input, ScenarioField field) =>
        field != ScenarioFields.PowerPrice
        || input.GetFromLayer(ScenarioFields.PowerPrice, flags: true) is not null
        || input.GetFromLayer(ScenarioFields.Region, flags: true) is null;

    private static Scenario? Resolve(
        ScenarioInput input, List<(ScenarioField Field, RangeText Range)> ranges, Func<RangeText, string> end, InferCostCatalog catalog, List<InputError> errors)
    {
        var at = ranges.Aggregate(input, (current, r) => current.With(r.Field, end(r.Range)));
        var resolved = ScenarioResolver.Resolve(at, catalog);
        errors.AddRange(resolved.Errors.Except(errors));
        return resolved.Succeeded ? resolved.Value : null;
    }
}
