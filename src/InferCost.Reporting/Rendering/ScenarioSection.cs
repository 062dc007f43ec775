using System.Globalization;
using InferCost.Architecture;
using InferCost.Estimation;
using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Reporting.Rendering;

/// <summary>The "Scenario" section every report opens with: what was estimated, with the batch actually used.</summary>
public static class ScenarioSection
{
    /// <summary>The scenario section every estimate report opens with.</summary>
    public static ReportSection Build(Estimate e)
    {
        var s = e.Scenario;
        return Build(
            s,
            e.Model.ComputePrecision,
            s.Batch.IsMax ? $"{e.Memory.Batch} (max that fits)" : e.Memory.Batch.ToString(CultureInfo.InvariantCulture),
            $"{s.InputTokens:#,##0} + {s.OutputTokens:#,##0}");
    }

    /// <summary>
    /// The section for an analysis that varies the batch or the token counts itself: <paramref name="batch"/> and
    /// <paramref name="tokens"/> say how, in words.
    /// </summary>
    public static ReportSection Build(Scenario s, Precision compute, string batch, string tokens) => new("Scenario",
    [
        new("Model", $"{s.Model.Id} ({s.Model.Name})"),
        new("Accelerator", $"{s.Accelerator.Id} ({s.Accelerator.Name})"),
        new("GPUs / tensor parallel", $"{s.Gpus} / TP {s.TensorParallel} ({Instances(s)})"),
        new("Weights / KV / compute", $"{PrecisionFacts.Name(s.Weights)} / {PrecisionFacts.Name(s.Kv)} / {PrecisionFacts.Name(compute)}"),
        .. s.Speculation is { } sp
            ? (ReportRow[])[new("Speculative decoding", $"{(sp.IsMtp ? "MTP module" : "draft model " + sp.Drafter.Id)}: k = {sp.DraftTokens} drafted, α = {sp.Acceptance.ToString("0.###", CultureInfo.InvariantCulture)} accepted, τ = {sp.TokensPerIteration.ToString("0.###", CultureInfo.InvariantCulture)} tokens per verify pass")]
            : [],
        new("Batch", batch),
        new("Input + output tokens", tokens),
        new("Power price" + (s.RegionId is null ? "" : $" ({s.RegionId})"), s.Facility.PowerPrice.ToQuantity()),
        new("PUE", Quantity.Number(s.Facility.Pue)),
        new("Utilisation", Quantity.Share(s.Finance.Utilisation)),
        new("GPU capex / life", $"{QuantityFormatter.Format(s.Finance.GpuPrice)} over {s.Finance.LifeYears:0.##} years"),
        .. s.Finance.RentedGpuHourPrice is { } rent
            ? (ReportRow[])[new("Rented price per GPU-hour (replaces the owner's cost)", rent.ToQuantity())]
            : [],
    ]);

    // Replicas, or the disaggregated deployment's pools of them.
    private static string Instances(Scenario s) => s.Disaggregation is { } d
        ? $"{d.Text}: {d.PrefillInstances} prefill + {d.DecodeInstances} decode instance{(d.DecodeInstances == 1 ? "" : "s")}"
        : $"{s.Replicas} replica{(s.Replicas == 1 ? "" : "s")}";
}
