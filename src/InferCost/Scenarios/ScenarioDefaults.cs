using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Deployment;

namespace InferCost.Scenarios;

/// <summary>
/// The scenario values used when none is given, held once for every face and for the benchmark-case predictor. The
/// facility and finance defaults are the catalog's (<see cref="Catalog.CatalogDefaults"/>), since they are data with
/// sources; these are the choices of a scenario.
/// </summary>
public static class ScenarioDefaults
{
    /// <summary>The default model: Llama-3.1-70B, the essays' running example.</summary>
    public const string Model = "llama-3.1-70b";

    /// <summary>The default accelerator.</summary>
    public const string Accelerator = "h200-sxm";

    /// <summary>The default weight precision.</summary>
    public const Precision Weights = Precision.Fp8;

    /// <summary>The default batch: requests decoded together per replica.</summary>
    public const int BatchRequests = 64;

    /// <summary>The default prompt length, tokens.</summary>
    public const int InputTokens = 4096;

    /// <summary>The default generation length, tokens.</summary>
    public const int OutputTokens = 512;

    /// <summary>The default batch as a <see cref="BatchSize"/>.</summary>
    public static BatchSize Batch => BatchSize.Of(BatchRequests);

    /// <summary>
    /// The default scenario of <paramref name="model"/> on <paramref name="deployment"/>: default precisions, batch and
    /// lengths, the catalog's default serving stack (its KV precision, chunk size and request cap), and the catalog's
    /// facility, finance (the accelerator's catalog price) and serving defaults. A face or the case predictor changes what
    /// it was given with <c>with { ... }</c> or <see cref="Scenario.OnStack"/>.
    /// </summary>
    public static Scenario For(ModelEntry model, AcceleratorDeployment deployment, CatalogDefaults catalog) => new()
    {
        Model = model,
        Deployment = deployment,
        Weights = Weights,
        Kv = catalog.Stack.DefaultKv(Weights),
        Batch = Batch,
        InputTokens = InputTokens,
        OutputTokens = OutputTokens,
        Facility = catalog.Facility,
        Finance = catalog.FinanceFor(deployment.Accelerator),
        Serving = catalog.Serving,
        Stack = catalog.Stack,
        Offload = OffloadSettings.From(catalog.OffloadTiers),
    };
}
