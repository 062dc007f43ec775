using System.Globalization;
using InferCost.Sweeps;

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
        PointStatus.ExceedsContext => "exceeds-context",
        PointStatus.NothingFits => "nothing-fits",
        PointStatus.BatchDoesNotFit => "batch-does-not-fit",
        PointStatus.ExceedsRequestLimit => "exceeds-request-limit",
        _ => "invalid-scenario",
    };

    /// <summary>Why an infeasible point could not be served, in words (empty for a feasible point).</summary>
    public static string Reason(SweepPlan plan, long index, in PointEstimate p)
    {
        var invariant = CultureInfo.InvariantCulture;
        var c = plan.Grid.Cases[plan.Grid.CaseIndex(index)];
        return p.Status switch
        {
            PointStatus.Feasible => "",
            PointStatus.ExceedsContext => string.Create(invariant, $"input + output exceeds the model's maximum context of {c.Context!.Profile.Architecture.MaxContext:#,##0} tokens"),
            PointStatus.NothingFits => string.Create(invariant, $"not even one request fits: {p.MemoryRequired.Value / 1e9:0.0} GB needed per GPU, {p.MemoryUsable.Value / 1e9:0.0} GB usable"),
            PointStatus.BatchDoesNotFit => string.Create(invariant, $"needs {p.MemoryRequired.Value / 1e9:0.0} GB per GPU, {p.MemoryUsable.Value / 1e9:0.0} GB usable; the largest batch that fits is {p.MaxBatch}"),
            PointStatus.ExceedsRequestLimit => string.Create(invariant, $"exceeds the serving stack's limit of {c.Context!.Scenario.Serving.MaxRunningRequests} requests in flight"),
            _ => c.Problem ?? "invalid scenario",
        };
    }
}
