using System.Globalization;
using InferCost.Analysis;
using InferCost.Architecture;
using InferCost.Reporting.Rendering;
using InferCost.Performance;
using InferCost.Units;

namespace InferCost.Reporting.Analysis;

/// <summary>Lays out the roofline: one row per precision's ceiling, one per operating point; computes nothing.</summary>
public static class RooflineReportBuilder
{
    /// <summary>Lays out the scenario's roofline: ceilings and operating points.</summary>
    public static Report Build(ScenarioRoofline r)
    {
        var e = r.Estimate;
        var s = e.Scenario;
        var compute = PrecisionFacts.Name(r.Compute.Precision);
        var ceilings = r.Ceilings.Select(c => (IReadOnlyList<ReportCell>)
        [
            "Roofline" + (c.Precision == r.Compute.Precision ? " (scenario's compute precision)" : ""),
            PrecisionFacts.Name(c.Precision),
            c.Peak.ToQuantity(),
            c.Bandwidth.ToQuantity(),
            c.RidgePoint.ToQuantity(),
            "", "", "", "", "", "",
        ]);
        var batch = e.Memory.Batch.ToString("#,##0", CultureInfo.InvariantCulture);
        var points = new[]
        {
            Row($"Decode step (batch {batch})", r, r.Decode),
            Row($"Prefill ({e.Prefill.Requests.ToString("#,##0", CultureInfo.InvariantCulture)} prompt{(e.Prefill.Requests == 1 ? "" : "s")} x {s.InputTokens.ToString("#,##0", CultureInfo.InvariantCulture)} tokens)", r, r.Prefill),
        };
        var table = new ReportTable(
            "Roofline per GPU (dense tensor peaks; operating points at the compute precision)",
            ["Row", "Precision", "Peak FLOP/s", "Bandwidth", "Ridge point", "Intensity", "Achieved FLOP/s", "Attainable FLOP/s", "% of peak", "% of attainable", "Bound"],
            [.. ceilings, .. points]);
        var summary = new ReportSection("Roofline",
        [
            new("Compute precision", compute),
            new($"Ridge point ({compute})", r.Compute.RidgePoint.ToQuantity()),
            new("Decode intensity", r.Decode.Intensity.ToQuantity()),
            new("Ridge / decode intensity", Quantity.Number(r.DecodeGap)),
            new("Decode bound", BoundName(r.Decode.Bound)),
            new("Prefill intensity", r.Prefill.Intensity.ToQuantity()),
            new("Prefill bound", BoundName(r.Prefill.Bound)),
        ]);
        return new Report(
            $"InferCost roofline: {s.Accelerator.Name}, {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}",
            [ScenarioSection.Build(e), summary],
            [table],
            e.Warnings,
            Report.UnitsNote + " Ridge point = peak FLOP/s / peak bandwidth; attainable = min(peak, intensity x bandwidth); "
                + "achieved = FLOPs / modelled time, which includes achievable-efficiency factors, communication and per-step overhead.");
    }

    private static IReadOnlyList<ReportCell> Row(string label, ScenarioRoofline r, RooflinePoint p) =>
    [
        label,
        PrecisionFacts.Name(r.Compute.Precision),
        r.Compute.Peak.ToQuantity(),
        r.Compute.Bandwidth.ToQuantity(),
        r.Compute.RidgePoint.ToQuantity(),
        p.Intensity.ToQuantity(),
        p.Achieved.ToQuantity(),
        p.Attainable.ToQuantity(),
        Quantity.Share(p.ShareOfPeak),
        Quantity.Share(p.ShareOfAttainable),
        BoundName(p.Bound),
    ];

    private static string BoundName(Bound b) => b == Bound.Memory ? "memory" : "compute";
}
