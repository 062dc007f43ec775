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
    /// The KV-cache precision when none is given: FP8 with FP8 or FP4 weights (serving stacks that quantise weights
    /// quantise the cache too, and FP4 KV is not yet served), else the weight precision.
    /// </summary>
    public static Precision KvFor(Precision weights) => weights is Precision.Fp8 or Precision.Fp4 ? Precision.Fp8 : weights;

    /// <summary>
    /// The default scenario of <paramref name="model"/> on <paramref name="deployment"/>: default precisions, batch and
    /// lengths, and the catalog's facility, finance (the accelerator's catalog price) and serving defaults. A face or the
    /// case predictor changes what it was given with <c>with { ... }</c>.
    /// </summary>
    public static Scenario For(ModelEntry model, AcceleratorDeployment deployment, CatalogDefaults catalog) => new()
    {
        Model = model,
        Deployment = deployment,
        Weights = Weights,
        Kv = KvFor(Weights),
        Batch = Batch,
        InputTokens = InputTokens,
        OutputTokens = OutputTokens,
        Facility = catalog.Facility,
        Finance = catalog.FinanceFor(deployment.Accelerator),
        Serving = catalog.Serving,
    };
}
