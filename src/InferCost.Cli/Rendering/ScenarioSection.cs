using InferCost.Architecture;
using InferCost.Estimation;
using InferCost.Units;

namespace InferCost.Cli.Rendering;

/// <summary>The "Scenario" section every report opens with: what was estimated, with the batch actually used.</summary>
internal static class ScenarioSection
{
    public static ReportSection Build(Estimate e)
    {
        var s = e.Scenario;
        return new("Scenario",
        [
            new("Model", $"{s.Model.Id} ({s.Model.Name})"),
            new("Accelerator", $"{s.Accelerator.Id} ({s.Accelerator.Name})"),
            new("GPUs / tensor parallel", $"{s.Gpus} / TP {s.TensorParallel} ({s.Replicas} replica{(s.Replicas == 1 ? "" : "s")})"),
            new("Weights / KV / compute", $"{PrecisionFacts.Name(s.Weights)} / {PrecisionFacts.Name(s.Kv)} / {PrecisionFacts.Name(e.Model.ComputePrecision)}"),
            new("Batch", s.Batch.IsMax ? $"{e.Memory.Batch} (max that fits)" : e.Memory.Batch.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input + output tokens", $"{s.InputTokens:#,##0} + {s.OutputTokens:#,##0}"),
            new("Power price" + (s.RegionId is null ? "" : $" ({s.RegionId})"), s.Facility.PowerPrice.ToQuantity()),
            new("PUE", Quantity.Number(s.Facility.Pue)),
            new("Utilisation", Quantity.Share(s.Finance.Utilisation)),
            new("GPU capex / life", $"{QuantityFormatter.Format(s.Finance.GpuPrice)} over {s.Finance.LifeYears:0.##} years"),
        ]);
    }
}
