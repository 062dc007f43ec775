using System.Collections.Immutable;
using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Cli.Scenarios;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Sweeps;
using InferCost.Results;

namespace InferCost.Cli.Sweep;

/// <summary>
/// Turns scenario input whose values may be lists or ranges into a <see cref="SweepPlan"/>. Fields that change the resolved
/// scenario (model, accelerator, parallelism, precisions, region) are resolved once per combination; the rest
/// (<see cref="PointFieldFlags"/>: batch, lengths, prices, utilisation, ...) are point axes the engine varies without resolving. Every value goes through
/// its field's usual parser and range check, so a bad value fails the same way it fails in <c>estimate</c>.
/// </summary>
internal static class SweepPlanner
{
    /// <summary>The most points one sweep may have.</summary>
    public const long MaxPoints = 50_000_000;

    private static readonly Dictionary<ScenarioField, string> Placeholders = new()
    {
        [ScenarioField.Batch] = "1",
        [ScenarioField.Input] = "1",
        [ScenarioField.Output] = "1",
        [ScenarioField.PowerPrice] = "0",
        [ScenarioField.Pue] = "1",
        [ScenarioField.Utilisation] = "1",
        [ScenarioField.Capex] = "0",
        [ScenarioField.RackOverhead] = "0",
        [ScenarioField.LifeYears] = "1",
        [ScenarioField.OffloadTb] = "0",
        [ScenarioField.StoragePower] = "0",
        [ScenarioField.NetworkCapex] = "0",
        [ScenarioField.NicPower] = "0",
        [ScenarioField.LabourShare] = "0",
    };

    private static readonly HashSet<ScenarioField> NamedFields = [ScenarioField.Model, ScenarioField.Gpu, ScenarioField.Weights, ScenarioField.Kv, ScenarioField.Region];

    public static Result<SweepPlan> Plan(ScenarioInput input, InferCostCatalog catalog)
    {
        var errors = new List<InputError>();
        var structural = new List<(ScenarioField Field, IReadOnlyList<ScenarioValue> Values)>();
        var point = new List<(ScenarioField Field, IReadOnlyList<ScenarioValue> Values, ImmutableArray<double> Numbers)>();
        foreach (var field in ScenarioField.All)
        {
            if (input.Get(field) is not { } value || !SweepValueList.IsSweep(value.Text))
            {
                continue;
            }

            var tokens = field == ScenarioField.Input || field == ScenarioField.Output;
            var expanded = SweepValueList.Expand(value, numeric: !NamedFields.Contains(field), tokens);
            if (!expanded.Succeeded)
            {
                errors.AddRange(expanded.Errors);
                continue;
            }

            if (PointFieldFlags.Of.ContainsKey(field))
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

        // Point fields are resolved at a placeholder every scenario accepts (1 token, so that a long context is a per-point
        // "exceeds context" rather than an invalid combination) and then set point by point, after their own range check.
        var placeholders = point.Select(a => (a.Field, Placeholders[a.Field])).ToList();
        var combinations = Combinations(structural.Select(a => a.Values).ToList());
        var cases = ImmutableArray.CreateBuilder<SweepCase>(combinations.Count);
        Scenario? firstValid = null;
        foreach (var combination in combinations)
        {
            var resolved = ScenarioResolver.Resolve(input.With([.. structural.Select((a, i) => (a.Field, combination[i].Text)), .. placeholders]), catalog);
            if (resolved.Succeeded)
            {
                firstValid ??= resolved.Value;
                cases.Add(SweepCase.Of(new ScenarioContext(resolved.Value)));
            }
            else
            {
                cases.Add(SweepCase.Invalid(string.Join(" ", resolved.Errors.Select(e => e.ToString()))));
            }
        }

        if (firstValid is not null)
        {
            foreach (var (field, values, numbers) in point)
            {
                errors.AddRange(CheckRange(firstValid, field, values, numbers));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Fail<SweepPlan>(errors);
        }

        var grid = new SweepGrid(cases.MoveToImmutable(), [.. point.Select(a => new PointAxis(PointFieldFlags.Of[a.Field], a.Numbers))]);
        return Result.Ok(new SweepPlan(
            grid,
            [.. structural.Select(a => a.Field)],
            [.. combinations.Select(c => (IReadOnlyList<string>)[.. c.Select(v => v.Text)])],
            [.. point.Select(a => a.Field)],
            [.. point.Select(a => (IReadOnlyList<string>)[.. a.Values.Select(v => v.Text)])]));
    }

    private static double PointNumber(ScenarioField field, ScenarioValue v, List<InputError> errors)
    {
        if (field == ScenarioField.Batch)
        {
            var batch = ScenarioResolver.ParseBatch(v);
            errors.AddRange(batch.Errors);
            return batch.Succeeded && !batch.Value.IsMax ? batch.Value.Requests : 0;
        }

        if (field == ScenarioField.Input || field == ScenarioField.Output)
        {
            var tokens = InputParsers.TokenCount(v);
            errors.AddRange(tokens.Errors);
            return tokens.Succeeded ? tokens.Value : 1;
        }

        var number = InputParsers.Number(v, $"--{field.Flag} takes numbers");
        errors.AddRange(number.Errors);
        return number.Succeeded ? number.Value : 0;
    }

    // The same range checks as estimate, made on a valid scenario with only this field changed.
    private static IEnumerable<InputError> CheckRange(Scenario valid, ScenarioField field, IReadOnlyList<ScenarioValue> values, ImmutableArray<double> numbers)
    {
        if (field == ScenarioField.Batch || field == ScenarioField.Input || field == ScenarioField.Output)
        {
            return [];
        }

        return values.SelectMany((v, i) => ScenarioValidator.Validate(PointFields.ApplyTo(valid, PointFieldFlags.Of[field], numbers[i]))
            .Where(e => e.Field == field.Flag)
            .Select(e => e with { Source = v.Origin, Field = "" }));
    }

    // Names and whole numbers are checked alone, so that a typo is an error rather than a column of infeasible points.
    private static IReadOnlyList<InputError> CheckStructural(ScenarioField field, ScenarioValue v, InferCostCatalog catalog)
    {
        if (field == ScenarioField.Model)
        {
            return ModelResolver.Resolve(v, catalog).Errors;
        }

        if (field == ScenarioField.Gpu)
        {
            return Relabel(catalog.FindAccelerator(v.Text).Errors, v);
        }

        if (field == ScenarioField.Region)
        {
            return Relabel(catalog.FindRegion(v.Text).Errors, v);
        }

        if (field == ScenarioField.Weights || field == ScenarioField.Kv)
        {
            return ScenarioResolver.ParsePrecision(v).Errors;
        }

        return InputParsers.WholeNumber(v, 1, 100_000, $"--{field.Flag}").Errors;
    }

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
