using System.Globalization;
using InferCost.Economics.Projection;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Economics;

/// <summary>Essay 000 section 2's cost-stack shares by generation and by year, and the essay's own column against its rates.</summary>
internal static class ShareTables
{
    public static ReportTable ByGeneration(GenerationProjection p) => new(
        string.Create(CultureInfo.InvariantCulture, $"Essay 000 cost-stack shares by generation (rates: {Rates(p.Stack)}; low and high = every rate at its range's end)"),
        ["Generations", "Year", .. p.Stack.Components.Select(c => c.Name), "Cost vs today", .. p.Stack.Components.Select(c => c.Name + " (low rates)"), .. p.Stack.Components.Select(c => c.Name + " (high rates)")],
        [.. p.ByGeneration.Select(r => (IReadOnlyList<ReportCell>)
        [
            Quantity.Number(r.Generations),
            r.Year.ToString("0.#", CultureInfo.InvariantCulture),
            .. r.Shares.Select(ProjectReportBuilder.Share),
            Quantity.Number(r.CostRelativeToToday),
            .. r.SharesAtLowRates.Select(ProjectReportBuilder.Share),
            .. r.SharesAtHighRates.Select(ProjectReportBuilder.Share),
        ])]);

    public static ReportTable ByYear(GenerationProjection p) => new(
        string.Create(CultureInfo.InvariantCulture, $"Essay 000 cost-stack shares by year ({p.Stack.YearsPerGeneration:0.##} years per generation from {p.Stack.BaseYear})"),
        ["Year", "Generations", .. p.Stack.Components.Select(c => c.Name), "Cost vs today"],
        [.. p.ByYear.Select(r => (IReadOnlyList<ReportCell>)
        [
            r.Year.ToString("0.#", CultureInfo.InvariantCulture),
            Quantity.Number(r.Generations),
            .. r.Shares.Select(ProjectReportBuilder.Share),
            Quantity.Number(r.CostRelativeToToday),
        ])]);

    public static ReportTable EssayColumn(GenerationProjection p)
    {
        var c = p.Stack.Components;
        IReadOnlyList<ReportCell> essay =
        [
            $"the essay's {p.Stack.EssayYear} column (its own estimate)",
            .. c.Select(x => ProjectReportBuilder.Share(x.EssayShare)),
            "", "", "",
        ];
        return new ReportTable(
            $"The essay's {p.Stack.EssayYear} column against its rates: the closest any rates within its ranges come after n whole generations",
            ["Shares", .. c.Select(x => x.Name), "Rates of the closest fit", "Largest miss", "Missed most by"],
            [essay, .. p.EssayFits.Select(f => (IReadOnlyList<ReportCell>)
            [
                string.Create(CultureInfo.InvariantCulture, $"closest after {f.Generations} generation{(f.Generations == 1 ? "" : "s")} ({f.Year:0.#})"),
                .. f.Shares.Select(ProjectReportBuilder.Share),
                string.Join(" / ", f.Rates.Select(r => r.ToString("0.##", CultureInfo.InvariantCulture))),
                ProjectReportBuilder.Share(f.LargestMiss),
                c.First(x => x.Id == f.WorstComponent).Name,
            ])]);
    }

    private static string Rates(StackRates s) => string.Join(", ", s.Components.Select(c =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Id} {c.Rate:0.##}x ({c.RateBasis})")));
}
