using InferCost.Economics.Tasks;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Economics;

/// <summary>Lays out the cost per completed task; computes nothing.</summary>
public static class TaskReportBuilder
{
    /// <summary>
    /// The report: the task's shape and prices (with the scenario when the prices are its bottom-up estimate), tokens and
    /// dollars per task input and output apart, the net change per task for each (N, M) pair, and essay 004's ticket check.
    /// </summary>
    public static Report Build(TaskAnalysisResult result, TaskShapePreset shape, Estimate? estimate)
    {
        var cost = result.Cost;
        var s = cost.Shape;
        var sections = new List<ReportSection>();
        if (estimate is not null)
        {
            sections.Add(ScenarioSection.Build(estimate));
        }

        sections.Add(new ReportSection("Task",
        [
            new("Shape", $"{shape.Id}: {shape.Name}"),
            new("Input tokens per call", Quantity.TokenCount(s.InputTokensPerCall)),
            new("Output tokens per call", Quantity.TokenCount(s.OutputTokensPerCall)),
            new("Calls per task", Quantity.Count(s.CallsPerTask)),
            new("Token multiplier", Quantity.Number(s.TokenMultiplier)),
            new("Shape source", $"{shape.Source.Reference} ({shape.Source.Date})"),
        ]));
        sections.Add(new ReportSection("Prices",
        [
            new("Basis", cost.Prices.Basis == PriceBasis.BottomUp
                ? "bottom-up estimate of the scenario ($/1M input by prefill time, $/1M output by decode time)"
                : "list prices given"),
            new("$/1M input tokens", cost.Prices.Input.ToQuantity()),
            new("$/1M output tokens", cost.Prices.Output.ToQuantity()),
        ]));

        var perTask = new ReportTable(
            "Cost per completed task (tokens per task = per call x calls x multiplier; $ = tokens x $/1M / 10^6)",
            ["Tokens", "Tokens per task", "$/1M tokens", "Cost per task", "Share"],
            [
                ["input", Quantity.TokenCount(s.InputTokensPerTask), cost.Prices.Input.ToQuantity(), cost.InputCost.ToQuantity(), Quantity.Share(cost.InputShare)],
                ["output", Quantity.TokenCount(s.OutputTokensPerTask), cost.Prices.Output.ToQuantity(), cost.OutputCost.ToQuantity(), Quantity.Share(cost.OutputShare)],
                ["total", Quantity.TokenCount(s.TokensPerTask), "", cost.Total.ToQuantity(), Quantity.Share(cost.TotalShare)],
            ]);
        var net = new ReportTable(
            "Net change per task: per-token price N x cheaper, tokens per task M x more; net = N / M x cheaper",
            ["Pair", "Price drop N", "Token growth M", "Net (x cheaper per task)", "This task's cost after", "Source"],
            [.. result.NetChanges.Select(r => (IReadOnlyList<ReportCell>)
            [
                r.Change.Label,
                Quantity.Number(r.Change.PriceDrop),
                Quantity.Number(r.Change.TokenGrowth),
                Quantity.Number(r.Change.Net),
                r.TaskCostAfter.ToQuantity(),
                r.Change.Source is { } src ? src.Reference : "given",
            ])]);
        var t = result.Ticket;
        var ticket = new ReportTable(
            $"Essay 004's support ticket ({t.Claim.CallsPerTask} calls): tokens per ticket = published cost / price x 10^6",
            ["When", "Price", "Published cost", "Tokens per ticket", "Tokens per call"],
            [.. t.Rows.Select(r => (IReadOnlyList<ReportCell>)
            [
                r.Claim.Label,
                r.Claim.Price.ToQuantity(),
                r.Claim.Cost.ToQuantity(),
                Quantity.TokenCount(r.TokensPerTask),
                Quantity.TokenCount(r.TokensPerCall),
            ])]);
        sections.Add(new ReportSection("Essay 004 check",
        [
            new("Costs agree", t.Consistent ? "yes: every published (price, cost) pair implies the same tokens per ticket" : "no: the published costs imply different tokens per ticket"),
            new("Source", $"{t.Claim.Source.Reference} ({t.Claim.Source.Date})"),
        ]));

        var title = estimate is null
            ? $"InferCost task: cost per completed task ({shape.Id})"
            : $"InferCost task: cost per completed task ({shape.Id}), {estimate.Scenario.Model.Id} on {estimate.Scenario.Gpus} x {estimate.Scenario.Accelerator.Id}";
        return new Report(
            title,
            sections,
            [perTask, net, ticket],
            estimate?.Warnings ?? (IReadOnlyList<EstimateWarning>)[],
            "$ are US dollars; token prices are per 1M tokens; N and M are factors of change (1 = unchanged).");
    }
}
