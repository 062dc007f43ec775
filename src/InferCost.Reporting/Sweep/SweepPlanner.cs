using System.Collections.Immutable;
using System.Globalization;
using InferCost.Catalog;
using InferCost.Deployment;
using InferCost.Performance;
using InferCost.Reporting.Scenarios;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Sweeps;
using InferCost.Sweeps.Grid;

namespace InferCost.Reporting.Sweep;

/// <summary>
/// Turns scenario input whose values may be lists or ranges into a <see cref="SweepPlan"/>. Fields that change the resolved
/// scenario (model, accelerator, parallelism, precisions, region) are resolved once per combination; the rest (fields with
/// a <see cref="ScenarioField.Point"/>: batch, lengths, prices, utilisation, ...) are point axes the engine varies without
/// resolving. Every value goes through its field's usual parser and range check, so a bad value fails the same way it fails
/// in <c>estimate</c>.
/// </summary>
public static class SweepPlanner
{
    /// <summary>The most points one sweep may have.</summary>
    public const long MaxPoints = 50_000_000;

    /// <summary>The sweep the input asks for, or every problem with it.</summary>
    public static Result<SweepPlan> Plan(ScenarioInput input, InferCostCatalog catalog)
    {
        var errors = new List<InputError>();
        var structural = new List<(ScenarioField Field, IReadOnlyList<ScenarioValue> Values)>();
        var point = new List<(ScenarioField Field, IReadOnlyList<ScenarioValue> Values, ImmutableArray<double> Numbers)>();
        foreach (var field in input.Fields)
        {
            if (input.Get(field) is not { } value || !SweepValueList.IsSweep(value.Text))
            {
                continue;
            }

            var expanded = SweepValueList.Expand(value, numeric: field.IsNumeric, tokens: field.Kind == FieldKind.TokenCount);
            if (!expanded.Succeeded)
            {
                errors.AddRange(expanded.Errors);
                continue;
            }

            if (field.Point is not null)
            {
                var numbers = expanded.Value.Select(v => PointNumber(field, v, errors)).ToImmutableArray();
                point.Add((field, expanded.Value, numbers));
            }
            else
            {
                foreach (var v in expanded.Value)
                {
                    errors.AddRange(CheckStructural(field, v, catalog));
                }

                structural.Add((field, expanded.Value));
            }
        }

        if (errors.Count == 0 && structural.Count == 0 && point.Count == 0)
        {
            errors.Add(new InputError("sweep", "", "nothing to sweep: give at least one scenario flag a list or range, e.g. --batch 1,8,32,64 or --input 1k..128k*2."));
        }

        var total = structural.Aggregate(1.0, (n, a) => n * a.Values.Count) * point.Aggregate(1.0, (n, a) => n * a.Values.Count);
        if (total > MaxPoints)
        {
            errors.Add(new InputError("sweep", "", $"{total:#,##0} points is more than the {MaxPoints:#,##0} one sweep may have; sweep fewer values."));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<SweepPlan>(errors);
        }

        // Point fields are resolved at a placeholder every scenario accepts, the low end of their range (1 token, so that a
        // long context is a per-point "exceeds context" rather than an invalid combination), and then set point by point,
        // after their own range check.
        var placeholders = point.Select(a => (a.Field, a.Field.Range!.Min.ToString("R", CultureInfo.InvariantCulture))).ToList();
        var combinations = Combinations(structural.Select(a => a.Values).ToList());
        var cases = ImmutableArray.CreateBuilder<SweepCase>(combinations.Count);
        foreach (var combination in combinations)
        {
            var resolved = ScenarioResolver.Resolve(input.With([.. structural.Select((a, i) => (a.Field, combination[i].Text)), .. placeholders]), catalog);
            if (resolved.Succeeded)
            {
                cases.Add(SweepCase.Of(new ScenarioContext(resolved.Value)));
            }
            else
            {
                cases.Add(SweepCase.Invalid(string.Join(" ", resolved.Errors.Select(e => e.ToString()))));
            }
        }

        foreach (var (field, values, numbers) in point)
        {
            errors.AddRange(CheckRange(field, values, numbers));
        }

        if (errors.Count > 0)
        {
            return Result.Fail<SweepPlan>(errors);
        }

        var grid = new SweepGrid(cases.MoveToImmutable(), [.. point.Select(a => new PointAxis(a.Field.Point!.Value, a.Numbers))]);
        return Result.Ok(new SweepPlan(
            grid,
            [.. structural.Select(a => a.Field)],
            [.. combinations.Select(c => (IReadOnlyList<string>)[.. c.Select(v => v.Text)])],
            [.. point.Select(a => a.Field)],
            [.. point.Select(a => (IReadOnlyList<string>)[.. a.Values.Select(v => v.Text)])],
            input.NameOf));
    }

    private static double PointNumber(ScenarioField field, ScenarioValue v, List<InputError> errors)
    {
        var number = InputParsers.Value(field, v);
        errors.AddRange(number.Errors);
        return number.Succeeded ? number.Value : field.Range!.Min;
    }

    // The same range check as estimate's (the field table's), value by value (whole numbers were checked against their
    // range as they were parsed).
    private static IEnumerable<InputError> CheckRange(ScenarioField field, IReadOnlyList<ScenarioValue> values, ImmutableArray<double> numbers) =>
        field.IsWholeNumber
            ? []
            : values.Select((v, i) => field.Check(numbers[i]) is { } problem ? new InputError(v.Origin, "", problem) : null).OfType<InputError>();

    // Names and whole numbers are checked alone, so that a typo is an error rather than a column of infeasible points.
    private static IReadOnlyList<InputError> CheckStructural(ScenarioField field, ScenarioValue v, InferCostCatalog catalog) => field.Kind switch
    {
        FieldKind.ModelIdOrPath => ModelResolver.Resolve(v, catalog).Errors,
        FieldKind.CatalogId when field == ScenarioFields.Region => Relabel(catalog.FindRegion(v.Text).Errors, v),
        FieldKind.CatalogId when field == ScenarioFields.Stack => Relabel(catalog.FindStack(v.Text).Errors, v),
        FieldKind.CatalogId when field == ScenarioFields.Fabric => Relabel(catalog.FindScaleOutFabric(v.Text).Errors, v),
        FieldKind.CatalogId when field == ScenarioFields.Offload => ScenarioResolver.ParseOffload(v).Errors,
        FieldKind.CatalogId when field == ScenarioFields.Speculative => v.Text is "none" or Speculation.MtpName ? [] : Relabel(catalog.FindModel(v.Text, field.Id).Errors, v),
        FieldKind.CatalogId => Relabel(catalog.FindAccelerator(v.Text).Errors, v),
        FieldKind.Precision => ScenarioResolver.ParsePrecision(v).Errors,
        FieldKind.Disaggregation => Relabel(Disaggregation.Parse(v.Text, KvLink.ScaleOut).Errors, v),
        FieldKind.KvLink => Relabel(KvLink.Parse(v.Text).Errors, v),
        _ => InputParsers.Value(field, v).Errors,
    };

    private static IReadOnlyList<InputError> Relabel(IReadOnlyList<InputError> errors, ScenarioValue v) =>
        [.. errors.Select(e => e with { Source = v.Origin, Field = "" })];

    private static List<ScenarioValue[]> Combinations(IReadOnlyList<IReadOnlyList<ScenarioValue>> axes)
    {
        var result = new List<ScenarioValue[]> { Array.Empty<ScenarioValue>() };
        foreach (var axis in axes)
        {
            result = [.. result.SelectMany(prefix => axis.Select(v => (ScenarioValue[])[.. prefix, v]))];
        }

        return result;
    }
}
