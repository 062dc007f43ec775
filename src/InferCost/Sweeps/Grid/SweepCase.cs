using InferCost.Performance;
using InferCost.Sweeps;

namespace InferCost.Sweeps.Grid;

/// <summary>
/// One combination of the structural inputs (model, accelerator, parallelism, precisions, region): a resolved scenario,
/// or the reason the combination is not a valid scenario (its points are reported infeasible, not dropped).
/// </summary>
/// <param name="Context">The resolved scenario's constants, or null when invalid.</param>
/// <param name="Problem">Why the combination is invalid, or null.</param>
public sealed record SweepCase(ScenarioContext? Context, string? Problem)
{
    /// <summary>A valid combination.</summary>
    public static SweepCase Of(ScenarioContext context) => new(context, null);

    /// <summary>An invalid combination.</summary>
    public static SweepCase Invalid(string problem) => new(null, problem);
}
