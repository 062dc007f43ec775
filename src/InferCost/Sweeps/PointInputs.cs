using InferCost.Economics;
using InferCost.Performance;
using InferCost.Scenarios;

namespace InferCost.Sweeps;

/// <summary>
/// One sweep point: a resolved scenario's constants (model, accelerator, precisions, parallelism) plus the inputs a sweep
/// varies point by point, held flat so that changing one allocates nothing.
/// </summary>
public struct PointInputs
{
    /// <summary>The point of a resolved scenario, with its own batch, lengths and cost inputs.</summary>
    public PointInputs(ScenarioContext context)
    {
        Context = context;
        var s = context.Scenario;
        Batch = s.Batch;
        InputTokens = s.InputTokens;
        OutputTokens = s.OutputTokens;
        Cost = GpuHourInputs.Of(s);
    }

    /// <summary>The resolved scenario's constants.</summary>
    public ScenarioContext Context { get; }

    /// <summary>Requests decoded together per replica, or the largest that fits.</summary>
    public BatchSize Batch { get; set; }

    /// <summary>Prompt tokens per request.</summary>
    public int InputTokens { get; set; }

    /// <summary>Generated tokens per request.</summary>
    public int OutputTokens { get; set; }

    /// <summary>The $/GPU-hour inputs.</summary>
    public GpuHourInputs Cost { get; set; }
}
