using System.Globalization;
using InferCost.Analysis;
using InferCost.Architecture;
using InferCost.Reporting.Rendering;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Units;

namespace InferCost.Reporting.Analysis;

/// <summary>Lays out scenarios side by side: one column per scenario, one row per headline figure; computes nothing.</summary>
public static class CompareReportBuilder
{
    /// <summary>What a column shows for a scenario that has no estimate.</summary>
    public const string DoesNotRun = "does not run";

    /// <summary>Lays out compared scenarios side by side, cheapest first as the analysis ordered them.</summary>
    public static Report Build(IReadOnlyList<ComparedScenario> compared)
    {
        var rows = new List<IReadOnlyList<ReportCell>>
        {
            Row(compared, "Status", c => c.Estimate is null ? DoesNotRun : "runs"),
            Row(compared, "Model", c => c.Scenario.Model.Id),
            Row(compared, "Accelerator", c => c.Scenario.Accelerator.Id),
            Row(compared, "GPUs / tensor parallel", c => $"{c.Scenario.Gpus} / TP {c.Scenario.TensorParallel}" + (c.Scenario.Disaggregation is { } xPyD ? $" ({xPyD.Text})" : "")),
            Row(compared, "Weights / KV", c => $"{PrecisionFacts.Name(c.Scenario.Weights)} / {PrecisionFacts.Name(c.Scenario.Kv)}"),
            Row(compared, "Input + output tokens", c => $"{c.Scenario.InputTokens.ToString("#,##0", CultureInfo.InvariantCulture)} + {c.Scenario.OutputTokens.ToString("#,##0", CultureInfo.InvariantCulture)}"),
            Row(compared, "Batch", c => c.Estimate is { } e
                ? Quantity.Count(e.Memory.Batch)
                : (c.Scenario.Batch.IsMax ? "max" : c.Scenario.Batch.Requests.ToString("#,##0", CultureInfo.InvariantCulture)) + " (requested)"),
            Figure(compared, "Time to first token", e => e.Latency.TimeToFirstToken),
            Figure(compared, "Time per output token", e => e.Latency.TimePerOutputToken),
            Figure(compared, "Decode output tok/s (system)", e => e.Throughput.DecodeOutputTokensPerSecond),
            Figure(compared, "Decode output tok/s per GPU", e => e.Throughput.DecodeOutputTokensPerSecondPerGpu),
            Figure(compared, "$/GPU-hour", e => e.Cost.PerGpuHour),
            Figure(compared, "$/1M output tokens", e => e.Cost.PerMillionOutputTokens),
            Figure(compared, "$/1M input tokens", e => e.Cost.PerMillionInputTokens),
            Row(compared, "Confidence", c => c.Estimate?.Confidence is { } confidence ? EstimateReportBuilder.ConfidenceLine(confidence, c.Scenario.Accelerator.Projected) : ""),
        };
        foreach (var (id, name) in Layers(compared))
        {
            rows.Add(Row(compared, $"  {name} ($/1M output)", c =>
                c.Estimate?.Cost.Breakdown.FirstOrDefault(l => l.Id == id) is { } layer ? layer.PerMillionOutputTokens.ToQuantity() : ""));
        }

        rows.Add(Row(compared, $"x {compared[0].Name} ($/1M output)", c => c.RelativeToFirst is { } x ? Quantity.Number(x) : ""));
        var table = new ReportTable("Scenarios side by side (columns in the order given)", ["Figure", .. compared.Select(c => c.Name)], rows);
        return new Report(
            $"InferCost compare: {string.Join(", ", compared.Select(c => c.Name))}",
            [],
            [table],
            Notes(compared),
            Report.UnitsNote + " The cost layers sum to $/1M output tokens; the last row is each scenario's $/1M output over the first's.");
    }

    /// <summary>Every cost layer any scenario has, in the order the first estimate lists them.</summary>
    public static IReadOnlyList<(string Id, string Name)> Layers(IReadOnlyList<ComparedScenario> compared) =>
        [.. compared.SelectMany(c => c.Estimate?.Cost.Breakdown ?? []).Select(l => (l.Id, l.Name)).DistinctBy(l => l.Id)];

    // Why a scenario did not run comes first; each estimate's own remarks follow, named by scenario.
    private static List<EstimateWarning> Notes(IReadOnlyList<ComparedScenario> compared)
    {
        var notes = compared
            .Where(c => c.Estimate is null)
            .Select(c => new EstimateWarning("does-not-run", WarningSeverity.Caution, $"{c.Name} {DoesNotRun}: {string.Join(" ", c.Outcome.Errors.Select(e => e.Reason))}"))
            .ToList();
        if (compared[0].Estimate is null && compared.Count > 1)
        {
            notes.Add(new EstimateWarning("no-baseline", WarningSeverity.Caution, $"{compared[0].Name}, the first scenario, does not run, so no scenario has a multiple of it."));
        }

        notes.AddRange(compared.SelectMany(c => (c.Estimate?.Warnings ?? []).Select(w => w with { Message = $"{c.Name}: {w.Message}" })));
        return notes;
    }

    private static ReportCell[] Row(IReadOnlyList<ComparedScenario> compared, string label, Func<ComparedScenario, ReportCell> cell) =>
        [label, .. compared.Select(cell)];

    private static ReportCell[] Figure(IReadOnlyList<ComparedScenario> compared, string label, Func<Estimate, Quantity> figure) =>
        Row(compared, label, c => c.Estimate is { } e ? figure(e) : "");
}
