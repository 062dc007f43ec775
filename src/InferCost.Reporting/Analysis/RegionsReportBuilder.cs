using InferCost.Analysis;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Analysis;

/// <summary>Lays out the region comparison; computes nothing.</summary>
public static class RegionsReportBuilder
{
    /// <summary>Lays out each region's cost, cheapest first.</summary>
    public static Report Build(IReadOnlyList<RegionCost> regions)
    {
        var first = regions[0].Estimate;
        var rows = regions.Select(r =>
        {
            var c = r.Estimate.Cost;
            return (IReadOnlyList<ReportCell>)
            [
                r.Region.Id,
                r.Region.Name,
                r.Region.PowerPrice.ToQuantity(),
                c.PowerPerMillionOutputTokens.ToQuantity(),
                Quantity.Share(r.PowerShare),
                c.PerMillionOutputTokens.ToQuantity(),
                c.PerMillionInputTokens.ToQuantity(),
                c.PerGpuHour.ToQuantity(),
                Quantity.Number(r.RelativeToCheapest),
            ];
        }).ToList();
        var table = new ReportTable(
            "Cost by region (power price only changes; power layer = GPU energy + facility overhead)",
            ["Region", "Name", "Power price", "Power layer $/1M output", "Power share", "$/1M output", "$/1M input", "$/GPU-hour", "x cheapest"],
            rows);
        var sources = regions.Select(r => $"{r.Region.Source.Reference} ({r.Region.Source.Date})").Distinct();
        return new Report(
            $"InferCost regions: {first.Scenario.Model.Id} on {first.Scenario.Gpus} x {first.Scenario.Accelerator.Id}",
            [ScenarioSection.Build(first) with { Rows = [.. ScenarioSection.Build(first).Rows.Where(r => !r.Label.StartsWith("Power price", StringComparison.Ordinal))] }],
            [table],
            first.Warnings,
            Report.UnitsNote + " Region prices: " + string.Join("; ", sources) + ".");
    }
}
