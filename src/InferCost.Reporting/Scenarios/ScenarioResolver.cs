using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Deployment;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Scenarios;

/// <summary>
/// Turns raw scenario values (file, then flags) into a <see cref="Scenario"/> with the catalog's defaults
/// for everything not given, and reports every problem at once, each pointing at the flag or file key it came from.
/// </summary>
public static class ScenarioResolver
{
    /// <summary>The scenario the input describes, or every problem with it.</summary>
    public static Result<Scenario> Resolve(ScenarioInput input, InferCostCatalog catalog)
    {
        var errors = new List<InputError>();
        T? Take<T>(Result<T> r)
        {
            errors.AddRange(r.Errors);
            return r.Succeeded ? r.Value : default;
        }

        var model = Take(ModelResolver.Resolve(input.Get(ScenarioFields.Model) ?? new ScenarioValue(ScenarioDefaults.Model, "default"), catalog));
        var gpuValue = input.Get(ScenarioFields.Gpu);
        var gpu = Take(gpuValue is null ? catalog.FindAccelerator(ScenarioDefaults.Accelerator) : Relabel(catalog.FindAccelerator(gpuValue.Text), gpuValue.Origin));
        var stackValue = input.Get(ScenarioFields.Stack);
        var stack = stackValue is null ? catalog.Defaults.Stack : Take(Relabel(catalog.FindStack(stackValue.Text), stackValue.Origin));
        var fabricValue = input.Get(ScenarioFields.Fabric);
        var fabric = fabricValue is null ? null : Take(Relabel(catalog.FindScaleOutFabric(fabricValue.Text), fabricValue.Origin));
        var weights = Optional(input, ScenarioFields.Weights, ParsePrecision, errors) ?? ScenarioDefaults.Weights;
        var offload = Optional(input, ScenarioFields.Offload, ParseOffload, errors);
        var givenKv = Optional(input, ScenarioFields.Kv, ParsePrecision, errors);

        // Every numeric field given is parsed by its kind and set through its entry in the field table.
        var numbers = new Dictionary<ScenarioField, double>();
        foreach (var field in input.Fields.Where(f => f.IsNumeric && f != ScenarioFields.PowerPrice))
        {
            if (Optional(input, field, v => InputParsers.Value(field, v), errors) is { } value)
            {
                numbers[field] = value;
            }
        }

        var (powerPrice, region) = PowerPrice(input, catalog, errors);
        if (errors.Count > 0 || model is null || gpu is null || stack is null)
        {
            return Result.Fail<Scenario>(errors);
        }

        // The GPUs and the degrees default to each other (one replica over the GPUs given, or one GPU) and are checked
        // together as a layout: the GPUs must be a whole number of replicas (DeploymentRules.LayoutOf).
        var layout = DeploymentRules.LayoutOf(
            TakeWhole(numbers, ScenarioFields.Gpus),
            TakeWhole(numbers, ScenarioFields.Tp),
            TakeWhole(numbers, ScenarioFields.Pp) ?? 1,
            TakeWhole(numbers, ScenarioFields.Ep) ?? 1,
            TakeWhole(numbers, ScenarioFields.AttentionDp),
            TakeWhole(numbers, ScenarioFields.Dp));
        if (!layout.Succeeded)
        {
            return Result.Fail<Scenario>([.. layout.Errors.Select(e => e with { Source = OriginOf(input, e.Field), Field = "" })]);
        }

        // The stack's defaults (KV precision, chunk size, request cap) flow in unless the user set them.
        var scenario = ScenarioDefaults.For(model, new AcceleratorDeployment(gpu, layout.Value), catalog.Defaults).OnStack(stack) with
        {
            Weights = weights,
            Kv = givenKv ?? stack.DefaultKv(weights),
            RegionId = region,
        };
        if (fabric is not null)
        {
            scenario = scenario.OnFabric(fabric);
        }

        if (powerPrice is { } price)
        {
            numbers[ScenarioFields.PowerPrice] = price;
        }

        if (offload is { } tier)
        {
            scenario = scenario with { Offload = scenario.Offload with { Tier = tier } };
        }

        var speculative = SpeculationInput.Apply(input, scenario, catalog);
        if (!speculative.Succeeded)
        {
            return speculative;
        }

        scenario = numbers.Aggregate(speculative.Value, (s, n) => n.Key.Write!(s, n.Value));
        var disaggregated = DisaggregationInput.Apply(input, scenario);
        if (!disaggregated.Succeeded)
        {
            return disaggregated;
        }

        scenario = disaggregated.Value;
        var invalid = ScenarioValidator.Validate(scenario);
        return invalid.Count == 0
            ? Result.Ok(scenario)
            : Result.Fail<Scenario>([.. invalid.Select(e => e with { Source = OriginOf(input, e.Field), Field = "" })]);
    }

    // Power price: within each layer (flags, then file) an explicit price beats a region's price;
    // the flags layer beats the file layer as a whole.
    private static (double? Price, string? Region) PowerPrice(ScenarioInput input, InferCostCatalog catalog, List<InputError> errors)
    {
        foreach (var flags in new[] { true, false })
        {
            if (input.GetFromLayer(ScenarioFields.PowerPrice, flags) is { } price)
            {
                var parsed = InputParsers.Value(ScenarioFields.PowerPrice, price);
                errors.AddRange(parsed.Errors);
                return (parsed.Succeeded ? parsed.Value : null, input.Get(ScenarioFields.Region)?.Text);
            }

            if (input.GetFromLayer(ScenarioFields.Region, flags) is { } regionValue)
            {
                var region = Relabel(catalog.FindRegion(regionValue.Text), regionValue.Origin);
                errors.AddRange(region.Errors);
                return region.Succeeded ? (region.Value.PowerPrice.Value, region.Value.Id) : (null, null);
            }
        }

        return (null, null);
    }

    private static T? Optional<T>(ScenarioInput input, ScenarioField field, Func<ScenarioValue, Result<T>> parse, List<InputError> errors)
        where T : struct
    {
        if (input.Get(field) is not { } value)
        {
            return null;
        }

        var result = parse(value);
        errors.AddRange(result.Errors);
        return result.Succeeded ? result.Value : null;
    }

    // A whole-number field's parsed value, taken out of the numbers still to be written (unless told to leave it).
    private static int? TakeWhole(Dictionary<ScenarioField, double> numbers, ScenarioField field, bool remove = true)
    {
        if (!numbers.TryGetValue(field, out var value))
        {
            return null;
        }

        if (remove)
        {
            numbers.Remove(field);
        }

        return (int)value;
    }

    internal static Result<OffloadTier> ParseOffload(ScenarioValue v) =>
        OffloadSettings.Parse(v.Text) is { } tier
            ? Result.Ok(tier)
            : Result.Fail<OffloadTier>(v.Origin, "", $"'{v.Text}' is not an offload tier; use one of {string.Join(", ", OffloadSettings.Names)}.");

    internal static Result<Precision> ParsePrecision(ScenarioValue v) =>
        PrecisionFacts.TryParse(v.Text, out var p)
            ? Result.Ok(p)
            : Result.Fail<Precision>(v.Origin, "", $"'{v.Text}' is not a precision; use one of {string.Join(", ", PrecisionFacts.Names)}.");

    private static Result<T> Relabel<T>(Result<T> r, string origin) =>
        r.Succeeded ? r : Result.Fail<T>([.. r.Errors.Select(e => e with { Source = origin, Field = "" })]);

    // The engine names fields by canonical id; point the error at the value the user gave (or the face's name for it).
    private static string OriginOf(ScenarioInput input, string engineField) =>
        ScenarioFields.Find(engineField) is { } field ? input.OriginOf(field) : engineField;
}
