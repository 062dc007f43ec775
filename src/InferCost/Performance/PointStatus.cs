namespace InferCost.Performance;

/// <summary>Whether a scenario or sweep point can be served, and if not, why (see <see cref="Feasibility"/>).</summary>
public enum PointStatus
{
    /// <summary>The point was estimated.</summary>
    Feasible,

    /// <summary>Input + output exceeds the model's maximum context.</summary>
    ExceedsContext,

    /// <summary>Not even one request's KV fits beside the weights and workspace.</summary>
    NothingFits,

    /// <summary>The requested batch does not fit in memory.</summary>
    BatchDoesNotFit,

    /// <summary>The requested batch exceeds the serving stack's limit of requests in flight.</summary>
    ExceedsRequestLimit,

    /// <summary>The scenario itself is not valid (e.g. a tensor-parallel degree beyond the scale-up domain).</summary>
    InvalidScenario,
}
