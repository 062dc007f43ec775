using InferCost.Economics.Drivers;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Economics;

/// <summary>Lays out the drivers analysis; computes nothing.</summary>
public static class DriversReportBuilder
{
    /// <summary>The drivers and their compounded factor, cycles to the headline, the elasticity and the demand projection.</summary>
    public static Report Build(DriversResult result, DriverCatalog catalog)
    {
        var s = result.Supply;
        var drivers = new ReportTable(
            "Supply: drivers of the per-token price, gain per hardware cycle (they multiply)",
            ["Driver", "Name", "Low", "Mid", "High", "How it works"],
            [
                .. s.Drivers.Select(d => (IReadOnlyList<ReportCell>)[d.Id, d.Name, Quantity.Number(d.Low), Quantity.Number(d.Mid), Quantity.Number(d.High), d.How]),
                ["per cycle", "product of the drivers", Quantity.Number(s.PerCycle.Low), Quantity.Number(s.PerCycle.Mid), Quantity.Number(s.PerCycle.High), ""],
                [$"over {FormatCycles(s.Cycles)} cycles", "per cycle ^ cycles", Quantity.Number(s.OverCycles.Low), Quantity.Number(s.OverCycles.Mid), Quantity.Number(s.OverCycles.High), ""],
            ]);
        var headline = new ReportTable(
            $"Cycles to reach the essays' headline {s.Headline.Target.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture)}x (ln target / ln per-cycle factor)",
            ["At", "Per-cycle factor", "Cycles needed"],
            [
                ["low ends", Quantity.Number(s.PerCycle.Low), Cycles(s.Headline.AtLow)],
                ["midpoints", Quantity.Number(s.PerCycle.Mid), Cycles(s.Headline.AtMid)],
                ["high ends", Quantity.Number(s.PerCycle.High), Cycles(s.Headline.AtHigh)],
            ]);
        var e = result.Elasticity;
        var demand = new ReportTable(
            $"Demand: tokens and spend as the price falls D x (constant elasticity e = {e.Value:0.####}: tokens x D^e, spend x D^(e-1))",
            ["Price drop D", "Price (x today's)", "Tokens (x today's)", "Spend (x today's)"],
            [.. result.Demand.Select(p => (IReadOnlyList<ReportCell>)
                [Quantity.Number(p.PriceDrop), Quantity.Number(p.PriceFactor), Quantity.Number(p.TokenGrowth), Quantity.Number(p.SpendGrowth)])]);
        var elasticityRows = new List<ReportRow> { new("Elasticity e", Quantity.Number(e.Value)) };
        if (e.Observed is { } o)
        {
            elasticityRows.Add(new("Basis", "observed: price drop and spend growth over the same period"));
            elasticityRows.Add(new("Observed price drop", Quantity.Number(o.PriceDrop)));
            elasticityRows.Add(new("Observed spend growth", Quantity.Number(o.SpendGrowth)));
            elasticityRows.Add(new("Implied token growth (spend x price drop)", Quantity.Number(o.TokenGrowth)));
        }
        else
        {
            elasticityRows.Add(new("Basis", "given"));
        }

        elasticityRows.Add(new("Reading", e.Value > 1
            ? "e > 1: spend rises as the price falls (Jevons' paradox)"
            : e.Value < 1 ? "e < 1: spend falls as the price falls" : "e = 1: spend is unchanged as the price falls"));
        var sources = catalog.Sources.Select(kv => new ReportRow(kv.Key, $"{kv.Value.Reference} ({kv.Value.Date})" + (kv.Value.Note is { } n ? $"; {n}" : "")));
        return new Report(
            $"InferCost drivers: {FormatCycles(s.Cycles)} cycles of {s.Drivers.Count} compounding drivers, and demand at e = {e.Value:0.###}",
            [
                new ReportSection("Supply against the headline",
                [
                    new("Midpoint factor over the cycles", Quantity.Number(s.OverCycles.Mid)),
                    new("Headline factor", Quantity.Number(s.Headline.Target)),
                    new("Midpoint factor / headline", Quantity.Number(s.MidOverHeadline)),
                    new("Low-high spread over the cycles", $"{QuantityFormatter.Format(Quantity.Number(s.OverCycles.Low))}x to {QuantityFormatter.Format(Quantity.Number(s.OverCycles.High))}x"),
                ]),
                new ReportSection("Demand elasticity", elasticityRows), new ReportSection("Sources (catalog defaults)", [.. sources])],
            [drivers, headline, demand],
            [],
            "Factors are 'x cheaper' (supply) or 'x today's' (demand); 1 = unchanged. $ are US dollars.");
    }

    private static string FormatCycles(double cycles) => cycles.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static ReportCell Cycles(double? cycles) => cycles is { } c ? Quantity.Number(c) : "never (factor 1)";
}
