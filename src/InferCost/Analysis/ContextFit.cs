namespace InferCost.Analysis;

/// <summary>Whether one context length can be served as the scenario asks, and if not, what stands in the way.</summary>
public enum ContextFit
{
    /// <summary>At least one request fits at the scenario's tensor-parallel degree.</summary>
    Fits,

    /// <summary>Not one request fits at the scenario's TP, but it does at a larger TP within the scale-up domain.</summary>
    NeedsLargerTensorParallel,

    /// <summary>Not one request fits at any TP the accelerator's scale-up domain allows.</summary>
    DoesNotFitInScaleUpDomain,

    /// <summary>Input + output exceeds the model's maximum context: the model cannot serve it whatever the hardware.</summary>
    ExceedsModelContext,
}
