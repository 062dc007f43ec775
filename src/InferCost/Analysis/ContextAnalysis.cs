using InferCost.Deployment;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Units;

namespace InferCost.Analysis;

/// <summary>
/// Essay 001 section 9 as a tool: the scenario at each context length, with its KV cache, the batch that still fits,
/// $/1M tokens, the multiplier over 4K, and for a context that does not fit, the tensor-parallel degree and the KV offload
/// it would need. The KV size comes from the model's KV heads (GQA) or latent rank (MLA), never from its query heads
/// (ERRATA.md: essay 001's 5 GiB at 4K assumes multi-head attention).
/// </summary>
public static class ContextAnalysis
{
    /// <summary>The context every multiplier is relative to: essay 001's 4K baseline.</summary>
    public const int BaselineInputTokens = 4096;

    /// <summary>2K to 1M, doubling (k = 1,024).</summary>
    public static IReadOnlyList<int> DefaultContexts { get; } = [.. Enumerable.Range(11, 10).Select(p => 1 << p)];

    /// <summary>
    /// Estimates <paramref name="s"/> with each context as its input length (the scenario's own input is ignored, its output
    /// kept). Each row decodes the scenario's batch capped at the largest that fits (the largest for batch max).
    /// </summary>
    public static Result<ContextSweep> Sweep(Scenario s, IEnumerable<int> contexts)
    {
        // The rows replace the input, so only problems that no context can cure stop the sweep.
        var invalid = ScenarioValidator.Validate(s with { InputTokens = 1 }).Where(e => e.Field != "input").ToList();
        if (invalid.Count > 0)
        {
            return Result.Fail<ContextSweep>(invalid);
        }

        var ordered = contexts.Distinct().Order().ToList();
        if (ordered.Count == 0)
        {
            return Result.Fail<ContextSweep>("contexts", "", "at least one context length is needed.");
        }

        if (ordered[0] < 1)
        {
            return Result.Fail<ContextSweep>("contexts", "", $"a context is a whole number of tokens >= 1, found {ordered[0]}.");
        }

        var rows = new List<ContextRow>(ordered.Count);
        foreach (var input in ordered)
        {
            var row = Row(s, input);
            var cheapest = ContextLayoutSearch.Cheapest(s with { InputTokens = input });
            if (!row.Succeeded || !cheapest.Succeeded)
            {
                return Result.Fail<ContextSweep>([.. row.Errors, .. cheapest.Errors]);
            }

            rows.Add(row.Value with { Cheapest = cheapest.Value });
        }

        // The baseline is estimated even when 4K is not among the rows, so the multipliers always mean the same thing.
        var baselineRow = rows.Find(r => r.InputTokens == BaselineInputTokens) ?? (Row(s, BaselineInputTokens) is { Succeeded: true } b ? b.Value : null);
        var baseline = baselineRow?.ServedEstimate;
        if (baseline is not null && baseline.Cost.PerMillionOutputTokens.Value > 0)
        {
            var reference = baseline.Cost.PerMillionOutputTokens;
            rows = [.. rows.Select(r => r.ServedEstimate is { } e ? r with { RelativeToBaseline = e.Cost.PerMillionOutputTokens / reference } : r)];
        }

        return Result.Ok(new ContextSweep(s, BaselineInputTokens, baseline, rows));
    }

    private static Result<ContextRow> Row(Scenario s, int input)
    {
        var at = s with { InputTokens = input };
        var c = new ScenarioContext(at);
        double context = (double)input + s.OutputTokens;
        var whole = MemoryPlanner.KvPerRequestWhole(c, context);
        var perGpu = MemoryPlanner.KvPerRequest(c, context);
        var fit = Feasibility.Of(c, BatchSize.Max, input, s.OutputTokens);
        if (fit.Status == PointStatus.ExceedsContext)
        {
            return Result.Ok(new ContextRow(input, whole, perGpu, ContextFit.ExceedsModelContext, null, null, null, null, fit));
        }

        if (fit.IsFeasible)
        {
            var e = EstimateAt(at, fit.MaxBatch);
            return e.Succeeded
                ? Result.Ok(new ContextRow(input, whole, perGpu, ContextFit.Fits, e.Value, null, null, null, fit))
                : Result.Fail<ContextRow>(e.Errors);
        }

        var larger = SmallestLargerTensorParallel(at);
        if (!larger.Succeeded)
        {
            return Result.Fail<ContextRow>(larger.Errors);
        }

        var contextFit = larger.Value is null ? ContextFit.DoesNotFitInScaleUpDomain : ContextFit.NeedsLargerTensorParallel;
        return Result.Ok(new ContextRow(input, whole, perGpu, contextFit, null, larger.Value, Offload(c, perGpu), null, fit));
    }

    // Powers of two are the degrees serving stacks shard attention heads and FFN columns over; the search stops at the
    // scale-up domain because TP over the scale-out network is not modelled. Replicas stay as many as the scenario has.
    private static Result<TensorParallelFit?> SmallestLargerTensorParallel(Scenario s)
    {
        var domain = s.Accelerator.Interconnect.ScaleUpDomain;
        var tp = 1;
        while (tp <= s.TensorParallel)
        {
            tp *= 2;
        }

        for (; tp <= domain; tp *= 2)
        {
            // A degree that cannot split the attention heads is no option (Llama 4's 40 heads stop at 8).
            if (!DeploymentRules.SplitsHeads(s.Model.Profile.Architecture.Attention, tp))
            {
                continue;
            }

            var wider = s.WithLayout(s.Layout.WithTensorParallel(tp));
            var fit = Feasibility.Of(new ScenarioContext(wider), BatchSize.Max, s.InputTokens, s.OutputTokens);
            if (fit.IsFeasible)
            {
                var e = EstimateAt(wider, fit.MaxBatch);
                return e.Succeeded ? Result.Ok<TensorParallelFit?>(new TensorParallelFit(tp, e.Value)) : Result.Fail<TensorParallelFit?>(e.Errors);
            }
        }

        return Result.Ok<TensorParallelFit?>(null);
    }

    // The scenario's batch, capped at the largest that fits: a long context cannot keep the short one's batch.
    private static Result<Estimate> EstimateAt(Scenario s, int maxBatch) => CostEstimator.Estimate(
        s.Batch.IsMax ? s : s with { Batch = BatchSize.Of(Math.Min(s.Batch.Requests, maxBatch)) },
        Derivation.Off());

    // KV that one request would keep beyond HBM; offloading KV cannot help when the weights and workspace alone overflow.
    private static Bytes? Offload(ScenarioContext c, Bytes kvPerGpu)
    {
        var resident = MemoryPlanner.WeightsPerGpu(c) + MemoryPlanner.Workspace(c);
        var usable = MemoryPlanner.Usable(c);
        return resident >= usable ? null : resident + kvPerGpu - usable;
    }
}
