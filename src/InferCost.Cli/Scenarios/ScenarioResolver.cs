using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Deployment;
using InferCost.Economics;
using InferCost.Scenarios;
using InferCost.Units;
using InferCost.Results;

namespace InferCost.Cli.Scenarios;

/// <summary>
/// Turns raw scenario values (file, then flags) into a <see cref="Scenario"/> with the catalog's defaults
/// for everything not given, and reports every problem at once, each pointing at the flag or file key it came from.
/// </summary>
internal static class ScenarioResolver
{
    /// <summary>The default scenario: Llama-3.1-70B, FP8 weights and KV, one H200 SXM, batch 64, 4,096 in + 512 out.</summary>
    public const string DefaultModel = "llama-3.1-70b";

    /// <summary>The default accelerator.</summary>
    public const string DefaultGpu = "h200-sxm";

    public static Result<Scenario> Resolve(ScenarioInput input, InferCostCatalog catalog)
    {
        var errors = new List<InputError>();
        T? Take<T>(Result<T> r)
        {
            errors.AddRange(r.Errors);
            return r.Succeeded ? r.Value : default;
        }

        var model = Take(ModelResolver.Resolve(input.Get(ScenarioField.Model) ?? new ScenarioValue(DefaultModel, "default"), catalog));
        var gpuValue = input.Get(ScenarioField.Gpu);
        var gpu = Take(gpuValue is null ? catalog.FindAccelerator(DefaultGpu) : Relabel(catalog.FindAccelerator(gpuValue.Text), gpuValue.Origin));
        var gpus = Optional(input, ScenarioField.Gpus, v => InputParsers.WholeNumber(v, 1, 1_000_000, "the number of GPUs"), errors);
        var tp = Optional(input, ScenarioField.Tp, v => InputParsers.WholeNumber(v, 1, 100_000, "the tensor-parallel degree"), errors);
        var weights = Optional(input, ScenarioField.Weights, ParsePrecision, errors) ?? Precision.Fp8;
        var kv = Optional(input, ScenarioField.Kv, ParsePrecision, errors)
            ?? (weights is Precision.Fp8 or Precision.Fp4 ? Precision.Fp8 : weights);
        var batch = Optional(input, ScenarioField.Batch, ParseBatch, errors) ?? BatchSize.Of(64);
        var inputTokens = Optional(input, ScenarioField.Input, InputParsers.TokenCount, errors) ?? 4096;
        var outputTokens = Optional(input, ScenarioField.Output, InputParsers.TokenCount, errors) ?? 512;
        var defaults = catalog.Defaults;
        var (powerPrice, region) = PowerPrice(input, catalog, errors);
        var pue = Optional(input, ScenarioField.Pue, v => InputParsers.Number(v, "PUE is facility power / IT power, e.g. 1.12"), errors) ?? defaults.Facility.Pue;
        var utilisation = Optional(input, ScenarioField.Utilisation, v => InputParsers.Number(v, "utilisation is a fraction of hours, e.g. 0.65"), errors) ?? defaults.Utilisation;
        var capex = Optional(input, ScenarioField.Capex, v => InputParsers.Number(v, "capex is a price in USD, e.g. 32000"), errors);
        var rack = Optional(input, ScenarioField.RackOverhead, v => InputParsers.Number(v, "rack overhead is USD per GPU, e.g. 8000"), errors);
        var life = Optional(input, ScenarioField.LifeYears, v => InputParsers.Number(v, "life is a number of years, e.g. 3"), errors) ?? defaults.LifeYears;
        var offload = Optional(input, ScenarioField.OffloadTb, v => InputParsers.Number(v, "KV-offload NVMe is TB per GPU, e.g. 8"), errors);
        var storagePower = Optional(input, ScenarioField.StoragePower, v => InputParsers.Number(v, "drive power is watts per GPU, e.g. 10"), errors);
        var networkCapex = Optional(input, ScenarioField.NetworkCapex, v => InputParsers.Number(v, "network gear is USD per GPU, e.g. 3000"), errors);
        var nicPower = Optional(input, ScenarioField.NicPower, v => InputParsers.Number(v, "NIC power is watts per GPU, e.g. 20"), errors);
        var labour = Optional(input, ScenarioField.LabourShare, v => InputParsers.Number(v, "labour share is a fraction of infrastructure cost, e.g. 0.18"), errors) ?? defaults.LabourShare;
        if (errors.Count > 0 || model is null || gpu is null)
        {
            return Result.Fail<Scenario>(errors);
        }

        var finance = defaults.FinanceFor(gpu) with
        {
            GpuPrice = capex is { } c ? new Dollars(c) : gpu.Price,
            RackOverheadPerGpu = rack is { } r ? new Dollars(r) : defaults.RackOverheadPerGpu,
            LifeYears = life,
            Utilisation = utilisation,
            LabourShare = labour,
            Storage = defaults.Storage with
            {
                OffloadTerabytes = offload ?? defaults.Storage.OffloadTerabytes,
                Power = storagePower is { } sp ? new Watts(sp) : defaults.Storage.Power,
            },
            NetworkGearPerGpu = networkCapex is { } nc ? new Dollars(nc) : defaults.NetworkGearPerGpu,
            NicPower = nicPower is { } np ? new Watts(np) : defaults.NicPower,
        };
        var facility = defaults.Facility with { Pue = pue, PowerPrice = powerPrice ?? defaults.Facility.PowerPrice };
        var tensorParallel = tp ?? gpus ?? 1;
        var layout = DeploymentRules.LayoutOf(gpus ?? tensorParallel, tensorParallel);
        if (!layout.Succeeded)
        {
            return Result.Fail<Scenario>([.. layout.Errors.Select(e => e with { Source = OriginOf(input, e.Field), Field = "" })]);
        }

        var scenario = new Scenario
        {
            Model = model,
            Deployment = new AcceleratorDeployment(gpu, layout.Value),
            Weights = weights,
            Kv = kv,
            Batch = batch,
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            Facility = facility,
            Finance = finance,
            Serving = defaults.Serving,
            RegionId = region,
        };
        var invalid = ScenarioValidator.Validate(scenario);
        return invalid.Count == 0
            ? Result.Ok(scenario)
            : Result.Fail<Scenario>([.. invalid.Select(e => e with { Source = OriginOf(input, e.Field), Field = "" })]);
    }

    // Power price: within each layer (flags, then file) an explicit price beats a region's price;
    // the flags layer beats the file layer as a whole.
    private static (DollarsPerKilowattHour? Price, string? Region) PowerPrice(ScenarioInput input, InferCostCatalog catalog, List<InputError> errors)
    {
        foreach (var flags in new[] { true, false })
        {
            if (input.GetFromLayer(ScenarioField.PowerPrice, flags) is { } price)
            {
                var parsed = InputParsers.Number(price, "the power price is USD per kWh, e.g. 0.07");
                errors.AddRange(parsed.Errors);
                return (parsed.Succeeded ? new DollarsPerKilowattHour(parsed.Value) : null, input.Get(ScenarioField.Region)?.Text);
            }

            if (input.GetFromLayer(ScenarioField.Region, flags) is { } regionValue)
            {
                var region = Relabel(catalog.FindRegion(regionValue.Text), regionValue.Origin);
                errors.AddRange(region.Errors);
                return region.Succeeded ? (region.Value.PowerPrice, region.Value.Id) : (null, null);
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

    internal static Result<Precision> ParsePrecision(ScenarioValue v) =>
        PrecisionFacts.TryParse(v.Text, out var p)
            ? Result.Ok(p)
            : Result.Fail<Precision>(v.Origin, "", $"'{v.Text}' is not a precision; use one of {string.Join(", ", PrecisionFacts.Names)}.");

    internal static Result<BatchSize> ParseBatch(ScenarioValue v)
    {
        if (string.Equals(v.Text.Trim(), "max", StringComparison.OrdinalIgnoreCase))
        {
            return Result.Ok(BatchSize.Max);
        }

        var n = InputParsers.WholeNumber(v, 1, 1_000_000, "the batch (or 'max')");
        return n.Succeeded ? Result.Ok(BatchSize.Of(n.Value)) : Result.Fail<BatchSize>(n.Errors);
    }

    private static Result<T> Relabel<T>(Result<T> r, string origin) =>
        r.Succeeded ? r : Result.Fail<T>([.. r.Errors.Select(e => e with { Source = origin, Field = "" })]);

    private static string OriginOf(ScenarioInput input, string engineField)
    {
        var field = ScenarioField.All.FirstOrDefault(f => f.Flag == engineField);
        return field is null ? "--" + engineField : input.OriginOf(field);
    }
}
