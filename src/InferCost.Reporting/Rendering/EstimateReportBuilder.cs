using System.Globalization;
using InferCost.Architecture;
using InferCost.Estimation;
using InferCost.Units;

namespace InferCost.Reporting.Rendering;

/// <summary>Selects and labels an estimate's figures for people; computes nothing.</summary>
public static class EstimateReportBuilder
{
    /// <summary>Lays out an estimate for people: scenario, cost, throughput, memory, energy, warnings.</summary>
    public static Report Build(Estimate e)
    {
        var s = e.Scenario;
        var perGpu = s.TensorParallel > 1 ? " (per GPU)" : "";
        var pools = e.Disaggregated is not null;
        var sections = new List<ReportSection>
        {
            ScenarioSection.Build(e),
            new("Model",
            [
                new("Total parameters", Quantity.ParameterCount(e.Model.TotalParameters)),
                new("Active parameters", Quantity.ParameterCount(e.Model.ActiveParameters)),
                new("Weights", e.Model.WeightBytes.ToQuantity()),
                new("KV cache per token", e.Model.KvBytesPerToken.ToQuantity()),
                new("KV cache per request", e.Model.KvBytesPerRequest.ToQuantity()),
            ]),
            new("Memory" + perGpu,
            [
                new("Capacity / usable", $"{QuantityFormatter.Format(e.Memory.Capacity)} / {QuantityFormatter.Format(e.Memory.Usable)}"),
                new("Weights", e.Memory.WeightsPerGpu.ToQuantity()),
                new("KV per request", e.Memory.KvPerRequestPerGpu.ToQuantity()),
                new("Activation workspace", e.Memory.ActivationWorkspace.ToQuantity()),
                new("Required at this batch", e.Memory.Required.ToQuantity()),
                new("Largest batch that fits", Quantity.Count(e.Memory.MaxBatch)),
            ]),
            new("Decode step" + perGpu,
            [
                new("Bytes moved", e.Decode.Bytes.ToQuantity()),
                new("FLOPs", e.Decode.Flops.ToQuantity()),
                new("Arithmetic intensity / ridge", $"{QuantityFormatter.Format(e.Decode.Intensity)} / {QuantityFormatter.Format(e.Decode.RidgePoint)}"),
                new("Bound", e.Decode.Bound == Performance.Bound.Memory ? "memory" : "compute"),
                new("Memory / compute time", $"{QuantityFormatter.Format(e.Decode.MemoryTime)} / {QuantityFormatter.Format(e.Decode.ComputeTime)}"),
                new("Communication / overhead", $"{QuantityFormatter.Format(e.Decode.CommunicationTime)} / {QuantityFormatter.Format(e.Decode.Overhead)}"),
                new("Step time", e.Decode.StepTime.ToQuantity()),
            ]),
            new("Throughput and latency",
            [
                new(pools ? "Decode output tokens/s (decode pool)" : "Decode output tokens/s (system)", e.Throughput.DecodeOutputTokensPerSecond.ToQuantity()),
                new(pools ? "Decode output tokens/s per decode GPU" : "Decode output tokens/s per GPU", e.Throughput.DecodeOutputTokensPerSecondPerGpu.ToQuantity()),
                new(pools ? "Output tokens/s (system rate)" : "Steady output tokens/s (with prefill)", e.Throughput.SteadyOutputTokensPerSecond.ToQuantity()),
                new(pools ? "Input tokens/s (system rate)" : "Steady input tokens/s", e.Throughput.SteadyInputTokensPerSecond.ToQuantity()),
                new(pools ? "Time to first token (prefill + KV transfer)" : "Time to first token", e.Latency.TimeToFirstToken.ToQuantity()),
                new("Time per output token", e.Latency.TimePerOutputToken.ToQuantity()),
                new(pools ? "Inter-token latency (no prefill interleaved)" : "Mean inter-token latency (prefill interleaved)", e.Latency.MeanInterTokenLatency.ToQuantity()),
                new("Request latency", e.Latency.RequestLatency.ToQuantity()),
            ]),
            new(pools ? "Energy (one instance's prefill and decode; each pool's draw is in its cost)" : "Energy",
            [
                new("GPU energy per output token", e.Energy.JoulesPerOutputToken.ToQuantity()),
                new("  decode only (power model)", e.Energy.DecodeJoulesPerOutputToken.ToQuantity()),
                new("  decode only (physics)", e.Energy.Physics.JoulesPerOutputToken.ToQuantity()),
                new("  with facility (x PUE)", e.Energy.FacilityJoulesPerOutputToken.ToQuantity()),
                new("Board power decode / prefill", $"{QuantityFormatter.Format(e.Energy.DecodePower)} / {QuantityFormatter.Format(e.Energy.PrefillPower)}"),
                new("IT power per GPU per productive hour: GPU / host share", $"{QuantityFormatter.Format(e.Energy.ItPower)}: {QuantityFormatter.Format(e.Energy.GpuPower)} / {QuantityFormatter.Format(e.Energy.HostPower)}"),
            ]),
            new(pools ? $"Cost ({e.Disaggregated!.Spec.Text}: input over the prefill pool's GPUs, output over the decode pool's)" : "Cost", CostRows(e.Cost, pools)),
        };
        if (e.Disaggregated is { } disaggregated)
        {
            sections.AddRange(Disaggregated.DisaggregatedReportBuilder.Sections(disaggregated));
        }

        if (e.Confidence is { } confidence)
        {
            sections.Add(new("How far to trust it", [new("Confidence", ConfidenceLine(confidence, s.Accelerator.Projected))]));
        }

        var tables = new List<ReportTable>
        {
            StackTable(e.Cost.Basis == CostBasis.Rented ? "Cost stack (rented GPUs)" : "Cost stack", e.Cost),
            new("GPU power in decode, from physics" + perGpu,
                ["Component", "Power", "Share"],
                [.. e.Energy.Physics.Components.Select(c => (IReadOnlyList<ReportCell>)[c.Name, c.Power.ToQuantity(), Quantity.Share(c.Share)])]),
            new($"Facility overhead on {QuantityFormatter.Format(e.Energy.ItPower)} IT load per GPU (PUE {s.Facility.Pue:0.###})",
                ["Layer", "Power", "% of IT load"],
                [.. e.Energy.FacilityLayers.Select(l => (IReadOnlyList<ReportCell>)[l.Name, l.Power.ToQuantity(), Quantity.Share(l.FractionOfItLoad)])]),
        };

        if (e.Cost.BottomUp is { } owned)
        {
            tables.Insert(1, StackTable("Cost stack if the GPUs were owned (bottom-up)", owned));
        }

        return new Report($"InferCost estimate: {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}", sections, tables, e.Warnings);
    }

    // Rented GPUs: the rented figures first, then the owner's bottom-up figures beside them.
    private static List<ReportRow> CostRows(CostFigures c, bool pools)
    {
        // The rent itself is in the scenario section.
        var rows = new List<ReportRow>();
        var rented = c.Basis == CostBasis.Rented ? " (rented)" : "";
        rows.Add(new("Cost per productive GPU-hour" + (pools ? " (both pools)" : "") + rented, c.PerGpuHour.ToQuantity()));
        rows.Add(new("$/1M output tokens" + rented, c.PerMillionOutputTokens.ToQuantity()));
        rows.Add(new("$/1M input tokens" + rented, c.PerMillionInputTokens.ToQuantity()));
        if (c.BottomUp is { } owned)
        {
            rows.Add(new("Cost per productive GPU-hour" + (pools ? " (both pools)" : "") + " (owned, bottom-up)", owned.PerGpuHour.ToQuantity()));
            rows.Add(new("$/1M output tokens (owned, bottom-up)", owned.PerMillionOutputTokens.ToQuantity()));
            rows.Add(new("$/1M input tokens (owned, bottom-up)", owned.PerMillionInputTokens.ToQuantity()));
        }

        return rows;
    }

    private static ReportTable StackTable(string title, CostFigures cost) => new(
        title,
        ["Component", "$/GPU-hour", "$/1M output", "$/1M input", "Share"],
        [.. cost.Breakdown.Select(c => (IReadOnlyList<ReportCell>)
        [
            c.Name, c.PerGpuHour.ToQuantity(), c.PerMillionOutputTokens.ToQuantity(), c.PerMillionInputTokens.ToQuantity(), Quantity.Share(c.Share),
        ])]);

    // Which families' own measured-error bands widened the band, if any.
    private static string Widened(EstimateConfidence c) =>
        c.FamilyBands.Count == 0 ? "" : "; widened to " + string.Join(" and ", c.FamilyBands.Select(f => $"{f.Family}'s")) + " measured error";

    /// <summary>The confidence in one line: the basis and the measured throughput error band.</summary>
    public static string ConfidenceLine(EstimateConfidence c, bool projected)
    {
        var basis = EstimateConfidenceJson.Name(c.Basis) + (projected ? " (projected hardware)" : "");
        return c.Band is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"{basis}: throughput error {b.P10:+0%;-0%} to {b.P90:+0%;-0%} (P10-P90, cross-validated on {b.Cases} cases{Widened(c)})")
            : $"{basis}: no cross-validated error band";
    }
}
