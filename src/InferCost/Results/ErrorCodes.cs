namespace InferCost.Results;

/// <summary>The stable ids of the problems the engine reports (<see cref="InputError.Code"/>), one per kind of problem.</summary>
public static class ErrorCodes
{
    /// <summary>The requested batch's KV does not fit beside the weights and workspace.</summary>
    public const string BatchDoesNotFit = "batch-does-not-fit";

    /// <summary>Not even one request's KV fits beside the weights and workspace.</summary>
    public const string NothingFits = "nothing-fits";

    /// <summary>Input + output exceeds the model's maximum context.</summary>
    public const string ExceedsContext = "exceeds-context";

    /// <summary>The requested batch exceeds the serving stack's limit of requests in flight.</summary>
    public const string ExceedsRequestLimit = "exceeds-request-limit";

    /// <summary>No model has the id.</summary>
    public const string UnknownModel = "unknown-model";

    /// <summary>No accelerator has the id.</summary>
    public const string UnknownAccelerator = "unknown-accelerator";

    /// <summary>No region has the id.</summary>
    public const string UnknownRegion = "unknown-region";

    /// <summary>No serving stack has the id.</summary>
    public const string UnknownStack = "unknown-serving-stack";

    /// <summary>A number lies outside its allowed range.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>The tensor-parallel degree does not split the model's attention heads evenly.</summary>
    public const string TpDoesNotDivideHeads = "tp-does-not-divide-heads";

    /// <summary>The GPU count is not a whole number of replicas.</summary>
    public const string GpusNotMultipleOfTp = "gpus-not-multiple-of-tp";

    /// <summary>The accelerator (and serving stacks on it) cannot hold the KV cache at the requested precision.</summary>
    public const string UnsupportedKvPrecision = "unsupported-kv-precision";

    /// <summary>The expert-parallel degree cannot spread the model's routed experts (a dense model, or experts that do not divide).</summary>
    public const string EpDoesNotDivideExperts = "ep-does-not-divide-experts";

    /// <summary>The pipeline has more stages than the model has layers.</summary>
    public const string PpExceedsLayers = "pp-exceeds-layers";

    /// <summary>An expert-placement setting (skew, redundant experts) given without expert parallelism, where it means nothing.</summary>
    public const string ExpertSettingWithoutEp = "expert-setting-without-ep";

    /// <summary>A disaggregated deployment that cannot work as given (its GPUs, its KV link, or no decode work).</summary>
    public const string InvalidDisaggregation = "invalid-disaggregation";

    /// <summary>A scenario setting the serving simulator does not model yet (it refuses rather than simulating it wrongly).</summary>
    public const string NotSimulated = "not-simulated";
}
