using System.Globalization;
using InferCost.Analysis;
using InferCost.Architecture;
using InferCost.Explain;
using InferCost.Reporting.Rendering;
using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Reporting.Analysis;

/// <summary>Lays out the layouts comparison: one table per deployment, cheapest first; computes nothing.</summary>
public static class LayoutReportBuilder
{
    /// <summary>The column headers of the layouts table, its first (CSV writes it alone).</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "Deployment", "TP", "PP", "EP", "Attention DP", "Batch", "Decode tok/s per GPU", "Steady output tok/s per GPU", "TPOT", "$/1M output", "$/1M input", "x cheapest", "Note",
    ];

    /// <summary>Lays out every deployment's layouts, the cheapest of each, and the layouts the rules refuse.</summary>
    public static Report Build(LayoutComparison comparison)
    {
        var first = comparison.Deployments[0].Scenario;
        var tables = new List<ReportTable> { Layouts(comparison), Summary(comparison) };
        var rejected = comparison.Deployments.SelectMany(d => d.Rejected.Select(r => (Deployment: d, Rejected: r))).ToList();
        if (rejected.Count > 0)
        {
            tables.Add(new ReportTable(
                "Layouts of the right shape that no stack can run (DeploymentRules)",
                ["Deployment", "TP", "PP", "EP", "Attention DP", "Why"],
                [.. rejected.Select(r => (IReadOnlyList<ReportCell>)
                [
                    Name(r.Deployment),
                    .. Degrees(r.Rejected.Layout),
                    string.Join(" ", r.Rejected.Reasons.Select(e => $"{e.Field}: {e.Reason}")),
                ])]));
        }

        var warnings = comparison.Deployments
            .SelectMany(d => d.Fitting.SelectMany(r => r.Estimate!.Warnings))
            .Concat(comparison.Deployments.Select(LayoutAnalysis.NothingFits).OfType<string>()
                .Select(why => new EstimateWarning("no-layout-fits", WarningSeverity.Caution, why)))
            .DistinctBy(w => w.Message)
            .ToList();
        return new Report(
            $"InferCost layouts: {first.Model.Id} on {string.Join(", ", comparison.Deployments.Select(Name))}",
            [Section(comparison)],
            tables,
            warnings,
            "Each deployment is one replica of that many GPUs, laid out as tp x attention-dp x pp (pp a power of two, tp a power of two "
            + "dividing a stage), with ep 1 (every expert split over the stage) or ep = the stage's GPUs for a mixture-of-experts model. "
            + "$/1M output is priced by decode time, so it goes with decode tok/s per GPU; steady output tok/s per GPU also counts the "
            + "batch's prefill. x cheapest = $/1M output over the deployment's cheapest layout. " + Report.UnitsNote);
    }

    private static ReportTable Summary(LayoutComparison comparison) => new(
        "Cheapest layout per deployment",
        ["Deployment", "Layouts that fit", "Cheapest layout", "Batch", "Decode tok/s per GPU", "Steady output tok/s per GPU", "$/1M output", "$/1M input", "$/GPU-hour"],
        [.. comparison.Deployments.Select(d => d.Cheapest is { Estimate: { } e } row
            ? (IReadOnlyList<ReportCell>)
            [
                Name(d),
                FitCount(d),
                LayoutAnalysis.Describe(row.Layout),
                Quantity.Count(e.Memory.Batch),
                e.Throughput.DecodeOutputTokensPerSecondPerGpu.ToQuantity(),
                row.SteadyOutputTokensPerSecondPerGpu!.Value.ToQuantity(),
                e.Cost.PerMillionOutputTokens.ToQuantity(),
                e.Cost.PerMillionInputTokens.ToQuantity(),
                e.Cost.PerGpuHour.ToQuantity(),
            ]
            : [Name(d), FitCount(d), "nothing fits", "", "", "", "", "", ""])]);

    // Every layout of every deployment, grouped by deployment in the order given, each group cheapest first.
    private static ReportTable Layouts(LayoutComparison comparison) => new(
        "Every layout, by deployment, cheapest first (layouts that do not fit last, with the reason)",
        Headers,
        [.. comparison.Deployments.SelectMany(d => d.Rows.Select((r, i) => r.Estimate is { } e
            ? (IReadOnlyList<ReportCell>)
            [
                Name(d),
                .. Degrees(r.Layout),
                Quantity.Count(e.Memory.Batch),
                e.Throughput.DecodeOutputTokensPerSecondPerGpu.ToQuantity(),
                r.SteadyOutputTokensPerSecondPerGpu!.Value.ToQuantity(),
                e.Latency.TimePerOutputToken.ToQuantity(),
                e.Cost.PerMillionOutputTokens.ToQuantity(),
                e.Cost.PerMillionInputTokens.ToQuantity(),
                Quantity.Number(r.RelativeToCheapest!.Value),
                i == 0 ? "cheapest" : "",
            ]
            : [Name(d), .. Degrees(r.Layout), "", "", "", "", "", "", "", "does not fit: " + string.Join(" ", r.Reasons.Select(e => e.Reason))]))]);

    private static string FitCount(DeploymentLayouts d) =>
        $"{d.Fitting.Count().ToString(CultureInfo.InvariantCulture)} of {d.Rows.Count.ToString(CultureInfo.InvariantCulture)}";

    private static ReportCell[] Degrees(Deployment.ParallelLayout l) =>
        [Quantity.Count(l.TensorParallel), Quantity.Count(l.PipelineParallel), Quantity.Count(l.ExpertParallel), Quantity.Count(l.AttentionGroups)];

    // Disaggregated, the deployment is one instance of x + y.
    private static string Name(DeploymentLayouts d) =>
        $"{d.Gpus.ToString(CultureInfo.InvariantCulture)} x {d.Accelerator.Id}" + (d.Scenario.Disaggregation is { } xPyD ? $" per instance, {xPyD.Text}" : "");

    // What every deployment shares, then each one's GPU price (the accelerator's own unless given).
    private static ReportSection Section(LayoutComparison comparison)
    {
        var s = comparison.Deployments[0].Scenario;
        var common = ScenarioSection.Build(
            s,
            s.Accelerator.ComputePrecisionFor(s.Weights),
            s.Batch.IsMax ? "max: the largest that fits each layout" : s.Batch.Requests.ToString(CultureInfo.InvariantCulture),
            $"{s.InputTokens:#,##0} + {s.OutputTokens:#,##0}");
        var skip = new[] { "Accelerator", "GPUs / tensor parallel", "GPU capex / life" };
        var placement = s.Layout.ExpertSkew != 1 || s.Layout.RedundantExperts > 0
            ? (ReportRow[])[new("Expert skew / redundant experts (ep > 1 layouts)", $"{s.Layout.ExpertSkew.ToString(CultureInfo.InvariantCulture)} / {s.Layout.RedundantExperts.ToString(CultureInfo.InvariantCulture)}")]
            : [];
        return common with
        {
            Rows =
            [
                .. common.Rows.Where(r => !skip.Contains(r.Label)),
                .. placement,
                .. comparison.Deployments.DistinctBy(d => d.Accelerator.Id).Select(d => new ReportRow(
                    $"GPU capex / life: {d.Accelerator.Id}",
                    $"{QuantityFormatter.Format(d.Scenario.Finance.GpuPrice)} over {d.Scenario.Finance.LifeYears:0.##} years")),
            ],
        };
    }
}
