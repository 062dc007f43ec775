using System.Runtime.CompilerServices;
using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// The one decision whether a batch can be served, shared by the explained estimate (<see cref="MemoryPlanner.Plan"/>),
/// the sweep kernel and the context analysis, so that they can never disagree on which points are infeasible or why.
/// </summary>
public static class Feasibility
{
    /// <summary>
    /// Checks, in this order: input + output within the model's context (<paramref name="maxContext"/> 0 = no limit); at
    /// least one request's KV beside the weights and workspace; a fixed batch within the scheduler's <paramref name="cap"/>;
    /// the batch within the largest that fits. KV beyond HBM may fill <paramref name="offload"/> bytes of an offload tier
    /// per GPU (<see cref="KvOffload"/>); the weights and workspace must still fit in HBM.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MemoryFit Of(
        Bytes usable, Bytes weights, Bytes workspace, Bytes kvPerRequest, int cap, BatchSize batch, long context, int maxContext, Bytes offload = default)
    {
        var maxBatch = usable - weights - workspace > Bytes.Zero
            ? MemoryPlanner.MaxBatch(usable + offload, weights, workspace, kvPerRequest, cap)
            : 0;
        var requested = batch.IsMax ? Math.Max(maxBatch, 1) : batch.Requests;
        var required = weights + workspace + (kvPerRequest * requested);
        if (maxContext > 0 && context > maxContext)
        {
            return new MemoryFit(PointStatus.ExceedsContext, maxBatch, requested, required, usable) { Offload = offload };
        }

        if (maxBatch == 0)
        {
            return new MemoryFit(PointStatus.NothingFits, 0, requested, weights + workspace + kvPerRequest, usable) { Offload = offload };
        }

        if (!batch.IsMax && requested > cap)
        {
            return new MemoryFit(PointStatus.ExceedsRequestLimit, maxBatch, requested, required, usable) { Offload = offload };
        }

        return requested > maxBatch
            ? new MemoryFit(PointStatus.BatchDoesNotFit, maxBatch, requested, required, usable) { Offload = offload }
            : new MemoryFit(PointStatus.Feasible, maxBatch, requested, required, usable) { Offload = offload };
    }

    /// <summary>The fit of the scenario's batch at its own input + output, from the memory planner's figures.</summary>
    public static MemoryFit Of(ScenarioContext c, BatchSize batch, int inputTokens, int outputTokens)
    {
        double context = (double)inputTokens + outputTokens;
        return Of(
            MemoryPlanner.Usable(c),
            MemoryPlanner.WeightsPerGpu(c),
            MemoryPlanner.Workspace(c),
            MemoryPlanner.KvPerRequest(c, context),
            MemoryPlanner.RequestCap(c),
            batch,
            (long)inputTokens + outputTokens,
            c.Profile.Architecture.MaxContext,
            KvOffload.Capacity(c.Scenario));
    }
}
