using InferCost.Performance;
using InferCost.Sweeps;
using InferCost.Sweeps.Grid;

namespace InferCost.Reporting.Sweep;

/// <summary>Labels one sweep point for output: its axis values as given, its status and, when infeasible, why.</summary>
public static class SweepRow
{
    /// <summary>Column names for the swept fields, in output order: structural fields, then point fields.</summary>
    public static IEnumerable<string> AxisNames(SweepPlan plan) =>
        plan.StructuralFields.Select(f => f.Id).Concat(plan.PointFields.Select(f => f.Id));

    /// <summary>The swept fields' values of point <paramref name="index"/>, as given.</summary>
    public static IEnumerable<string> AxisValues(SweepPlan plan, long index)
    {
        var labels = plan.CaseLabels[plan.Grid.CaseIndex(index)];
        for (var k = 0; k < plan.PointFields.Count; k++)
        {
            labels = [.. labels, plan.PointLabels[k][plan.Grid.ValueIndex(index, k)]];
        }

        return labels;
    }

    /// <summary>A short machine-readable status.</summary>
    public static string Status(PointStatus status) => status switch
    {
        PointStatus.Feasible => "ok",
        PointStatus.InvalidScenario => "invalid-scenario",
        _ => Infeasibility.Code(status),
    };

    /// <summary>Why an infeasible point could not be served, in the engine's one wording (empty for a feasible point).</summary>
    public static string Reason(SweepPlan plan, long index, in PointEstimate p)
    {
        var c = plan.Grid.Cases[plan.Grid.CaseIndex(index)];
        return c.Context is not { } context
            ? c.Problem ?? "invalid scenario"
            : Reason(plan.Grid.Inputs(index), p, context);
    }

    private static string Reason(in PointInputs inputs, in PointEstimate p, ScenarioContext context) =>
        Infeasibility.Reason(
            p.FitFor(inputs.Batch),
            context.Scenario.Serving.MaxRunningRequests,
            context.Profile.Architecture.MaxContext,
            (long)inputs.InputTokens + inputs.OutputTokens);
}
