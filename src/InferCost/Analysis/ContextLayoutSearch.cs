using InferCost.Deployment;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Sweeps;

namespace InferCost.Analysis;

/// <summary>
/// The cheapest feasible way to serve one context: every tensor-parallel degree from the scenario's up to the scale-up
/// domain (powers of two that split the attention heads), each with all KV in HBM, or the overflow in host DRAM or on NVMe
/// (<see cref="KvOffload"/>), priced by $/1M output tokens. More GPUs and offload are priced side by side, and the cheapest
/// wins: a longer context can only remove options and make each one dearer, so the cheapest cost never falls as context grows.
/// </summary>
public static class ContextLayoutSearch
{
    /// <summary>The tensor-parallel degrees tried: the scenario's, then each larger power of two within the scale-up domain that splits the heads.</summary>
    public static IReadOnlyList<int> TensorParallelDegrees(Scenario s)
    {
        var degrees = new List<int> { s.TensorParallel };
        var attention = s.Model.Profile.Architecture.Attention;
        for (var tp = 1; tp <= s.Accelerator.Interconnect.ScaleUpDomain; tp *= 2)
        {
            if (tp > s.TensorParallel && DeploymentRules.SplitsHeads(attention, tp))
            {
                degrees.Add(tp);
            }
        }

        return degrees;
    }

    /// <summary>The offload tiers tried: none, and DRAM and NVMe when the catalog has them.</summary>
    public static IReadOnlyList<OffloadTier> Tiers(Scenario s) =>
        s.Offload.Catalog is null ? [OffloadTier.None] : [OffloadTier.None, OffloadTier.Dram, OffloadTier.Nvme];

    /// <summary>
    /// The cheapest option for <paramref name="s"/> at its own input length, or null when no layout and tier serves it. With
    /// batch 'max' each option runs its cheapest batch (with offload, a larger batch streams more of every request's KV per
    /// token, so the largest that fits is not always the cheapest); with a fixed batch, that batch capped at the largest that fits.
    /// </summary>
    public static Result<ContextOption?> Cheapest(Scenario s)
    {
        (Scenario Scenario, int Tp, OffloadTier Tier, double Cost)? best = null;
        foreach (var tp in TensorParallelDegrees(s))
        {
            foreach (var tier in Tiers(s))
            {
                var candidate = s.WithLayout(s.Layout.WithTensorParallel(tp)) with { Offload = s.Offload with { Tier = tier } };
                var c = new ScenarioContext(candidate);
                var fit = Feasibility.Of(c, BatchSize.Max, s.InputTokens, s.OutputTokens);
                if (!fit.IsFeasible)
                {
                    continue;
                }

                var (batch, cost) = CheapestBatch(c, s.Batch.IsMax ? 1 : Math.Min(s.Batch.Requests, fit.MaxBatch), s.Batch.IsMax ? fit.MaxBatch : Math.Min(s.Batch.Requests, fit.MaxBatch));
                if (best is null || cost < best.Value.Cost)
                {
                    best = (candidate with { Batch = BatchSize.Of(batch) }, tp, tier, cost);
                }
            }
        }

        if (best is not { } b)
        {
            return Result.Ok<ContextOption?>(null);
        }

        var e = CostEstimator.Estimate(b.Scenario, Derivation.Off());
        return e.Succeeded ? Result.Ok<ContextOption?>(new ContextOption(b.Tp, b.Tier, e.Value)) : Result.Fail<ContextOption?>(e.Errors);
    }

    // The batch in [from, to] with the lowest $/1M output tokens, by the sweep kernel (the same figures as the estimate).
    private static (int Batch, double Cost) CheapestBatch(ScenarioContext c, int from, int to)
    {
        var p = new PointInputs(c);
        (int Batch, double Cost) best = (from, double.PositiveInfinity);
        for (var batch = from; batch <= to; batch++)
        {
            p.Batch = BatchSize.Of(batch);
            var point = PointEstimator.Evaluate(p);
            if (point.IsFeasible && point.OutputCost.Value < best.Cost)
            {
                best = (batch, point.OutputCost.Value);
            }
        }

        return best;
    }
}
