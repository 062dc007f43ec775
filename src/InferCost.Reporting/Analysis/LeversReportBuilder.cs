using InferCost.Analysis;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Analysis;

/// <summary>Lays out the lever tornado as a table, widest swing first; computes nothing.</summary>
public static class LeversReportBuilder
{
    /// <summary>Lays out the levers, largest swing first.</summary>
    public static Report Build(LeverResult result)
    {
        var b = result.Base;
        var rows = result.Swings.Select(w => (IReadOnlyList<ReportCell>)
        [
            w.Lever.Name,
            LeverSettingText.Describe(w.Lever.Kind, w.Low),
            w.Low.Estimate.Cost.PerMillionOutputTokens.ToQuantity(),
            w.Low.Estimate.Cost.PerMillionInputTokens.ToQuantity(),
            Quantity.Share(w.Low.ChangeVsBase),
            LeverSettingText.Describe(w.Lever.Kind, w.High),
            w.High.Estimate.Cost.PerMillionOutputTokens.ToQuantity(),
            w.High.Estimate.Cost.PerMillionInputTokens.ToQuantity(),
            Quantity.Share(w.High.ChangeVsBase),
            w.Span.ToQuantity(),
            Quantity.Count(w.Feasible),
        ]).ToList();
        var table = new ReportTable(
            "Cost levers (essay 001 section 10): each moved across its range, everything else held; widest swing first",
            ["Lever", "Cheapest setting", "Cheapest $/1M output", "Cheapest $/1M input", "Cheapest vs base",
                "Dearest setting", "Dearest $/1M output", "Dearest $/1M input", "Dearest vs base", "Span $/1M output", "Settings estimated"],
            rows);
        var baseSection = new ReportSection("Base estimate",
        [
            new ReportRow("$/1M output tokens", b.Cost.PerMillionOutputTokens.ToQuantity()),
            new ReportRow("$/1M input tokens", b.Cost.PerMillionInputTokens.ToQuantity()),
        ]);
        return new Report(
            $"InferCost levers: {b.Scenario.Model.Id} on {b.Scenario.Gpus} x {b.Scenario.Accelerator.Id}",
            [ScenarioSection.Build(b), baseSection],
            [table],
            b.Warnings,
            SkippedNote(result) + "Ends are the cheapest and dearest settings that could be estimated, by $/1M output tokens; "
            + "vs base = change in $/1M output tokens from the base estimate. " + Report.UnitsNote);
    }

    private static string SkippedNote(LeverResult result) => result.Skipped.Count == 0
        ? "Every setting could be estimated. "
        : "Skipped (cannot be estimated): "
            + string.Join("; ", result.Skipped.Select(k => $"{k.Lever.Name} = {k.Setting.Value} ({Headline(k.Reason)})")) + ". ";

    // The estimator's reason up to its first colon ("batch 128 does not fit"); the details are in `infercost estimate`.
    private static string Headline(string reason) => reason.Split(':')[0].TrimEnd('.');
}
