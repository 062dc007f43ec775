using System.Globalization;
using InferCost.Analysis;
using InferCost.Performance;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Analysis;

/// <summary>Lays out the context sweep; computes nothing.</summary>
public static class ContextReportBuilder
{
    /// <summary>Lays out the context sweep: cost and fit at each length.</summary>
    public static Report Build(ContextSweep sweep)
    {
        var s = sweep.Scenario;
        var rows = sweep.Rows.Select(r =>
        {
            var served = r.ServedEstimate;
            var exceeds = r.Fit == ContextFit.ExceedsModelContext;
            return (IReadOnlyList<ReportCell>)
            [
                Quantity.TokenCount(r.InputTokens),
                r.KvPerRequest.ToQuantity(),
                r.KvPerRequestPerGpu.ToQuantity(),
                FitText(sweep, r),
                exceeds ? "" : Quantity.Count(r.MaxBatch),
                served is null ? "" : Quantity.Count(served.Scenario.TensorParallel),
                served is null ? "" : Quantity.Count(served.Memory.Batch),
                served is null ? "" : served.Cost.PerMillionOutputTokens.ToQuantity(),
                served is null ? "" : served.Cost.PerMillionInputTokens.ToQuantity(),
                r.RelativeToBaseline is { } x ? Quantity.Number(x) : "",
                r.OffloadPerGpu is { } offload ? offload.ToQuantity() : "",
                r.Cheapest is { } best ? LayoutText(best) : "",
                r.Cheapest is { } b2 ? Quantity.Count(b2.Estimate.Memory.Batch) : "",
                r.Cheapest is { } b3 ? b3.Estimate.Cost.PerMillionOutputTokens.ToQuantity() : "",
            ];
        }).ToList();
        var table = new ReportTable(
            $"Cost by context (input tokens; each request also generates {s.OutputTokens:#,##0})",
            ["Context", "KV per request", "KV per GPU at scenario TP", "Fits at scenario TP", "Largest batch at scenario TP", "TP used", "Batch used", "$/1M output", "$/1M input", "x 4K", "KV offload per GPU at scenario TP", "Cheapest layout", "Cheapest batch", "Cheapest $/1M output"],
            rows);
        var batch = s.Batch.IsMax ? "max: the largest that fits at each context" : $"{s.Batch.Requests}, capped at the largest that fits at each context";
        var section = Rendering.ScenarioSection.Build(s, s.Accelerator.ComputePrecisionFor(s.Weights), batch, $"each context + {s.OutputTokens:#,##0}");
        var warnings = sweep.Rows.Select(r => r.ServedEstimate).OfType<Estimation.Estimate>()
            .SelectMany(e => e.Warnings).DistinctBy(w => w.Code).ToList();
        var baseline = sweep.Baseline is null
            ? $"The {Tokens(sweep.BaselineInputTokens)} baseline cannot be served, so no multiplier is shown."
            : $"x 4K = $/1M output where the row is served / the same for {Tokens(sweep.BaselineInputTokens)} input tokens (served at TP {sweep.Baseline.Scenario.TensorParallel}).";
        return new Report(
            $"InferCost context: {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}",
            [section],
            [table],
            warnings,
            $"A context that does not fit at the scenario's TP is served at the smallest larger power-of-two TP within the {s.Accelerator.Interconnect.ScaleUpDomain}-GPU scale-up domain ('TP used'); "
            + "KV offload = weights + workspace + one request's KV - usable memory per GPU at the scenario's TP, the KV that would have to live outside HBM. "
            + "Cheapest layout = the lowest $/1M output over every TP from the scenario's up to the scale-up domain, each with all KV in HBM or the overflow streamed from host DRAM or NVMe every decode step, at its cheapest batch (batch max) or the scenario's batch capped at the largest that fits. "
            + baseline + " " + Report.UnitsNote);
    }

    // Why a row is not served at the scenario's TP is the engine's one sentence, the same as estimate's error and a
    // sweep row's reason; what the analysis found beyond that follows it.
    private static string FitText(ContextSweep sweep, ContextRow r)
    {
        var s = sweep.Scenario;
        var why = Infeasibility.Reason(r.ScenarioFit, s.Serving.MaxRunningRequests, s.Model.Profile.Architecture.MaxContext, (long)r.InputTokens + s.OutputTokens);
        return r.Fit switch
        {
            ContextFit.Fits => "yes",
            ContextFit.NeedsLargerTensorParallel => $"no: {why}; fits at TP {r.LargerTensorParallel!.TensorParallel}",
            ContextFit.DoesNotFitInScaleUpDomain => $"no: {why}; not at any TP up to {s.Accelerator.Interconnect.ScaleUpDomain}",
            _ => $"no: {why}",
        };
    }

    // "TP 2", or "TP 1 + DRAM offload": which option won.
    internal static string LayoutText(ContextOption o) =>
        o.Offload == global::InferCost.Scenarios.OffloadTier.None ? $"TP {o.TensorParallel}" : $"TP {o.TensorParallel} + " + global::InferCost.Scenarios.OffloadSettings.NameOf(o.Offload).ToUpperInvariant() + " offload";

    private static string Tokens(int n) => n.ToString("#,##0", CultureInfo.InvariantCulture);
}
