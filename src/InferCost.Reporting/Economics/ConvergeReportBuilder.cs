using System.Globalization;
using InferCost.Economics.Market;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Economics;

/// <summary>Lays out the convergence analysis (essay 000 section 7); computes nothing.</summary>
public static class ConvergeReportBuilder
{
    /// <summary>Fitted rates beside the essay's, the projection to the floor band, and the prices fitted.</summary>
    public static Report Build(ConvergenceResult result)
    {
        var s = result.Settings;
        var metric = s.Metric == PriceMetric.Output ? "output" : "input";
        var settings = new ReportSection("Settings",
        [
            new ReportRow("Price fitted", $"$/1M {metric} tokens, list price, every row of the tier in the window (one point per row)"),
            new ReportRow("Window", $"{(s.Since is { } a ? Day(a) : "first price")} to {(s.Until is { } b ? Day(b) : "last price")}"),
            new ReportRow("Floor band low", s.Floor.Low.ToQuantity()),
            new ReportRow("Floor band high", s.Floor.High.ToQuantity()),
            new ReportRow("Floor band source", s.Floor.Source),
            new ReportRow("Fit", "ln(price) = a + b t, t in years, ordinary least squares per tier; 95% interval of b from Student's t with n - 2 degrees of freedom"),
        ]);

        var rates = new ReportTable(
            "Fitted decline by tier (x = the factor the price divides by; 95% interval)",
            ["Tier", "Prices", "From", "To", "R^2", "x per 12 months", "12-month low", "12-month high", "x per 18 months", "18-month low", "18-month high", "Essay claim", "Essay as x per 12 months, low", "Essay as x per 12 months, high"],
            [.. result.Tiers.Select(t => (IReadOnlyList<ReportCell>)
            [
                PriceTiers.Name(t.Tier),
                Quantity.Count(t.Fit.Points),
                Day(t.Prices[0].Date),
                Day(t.Prices[^1].Date),
                Quantity.Number(t.Fit.RSquared),
                Quantity.Number(t.Rate.Per12Months),
                Quantity.Number(t.Rate.Per12MonthsLow),
                Quantity.Number(t.Rate.Per12MonthsHigh),
                Quantity.Number(t.Rate.Per18Months),
                Quantity.Number(t.Rate.Per18MonthsLow),
                Quantity.Number(t.Rate.Per18MonthsHigh),
                t.Claimed is { } c ? Claim(c) : "none in the catalog",
                t.Claimed is { } c1 ? Quantity.Number(c1.Per12MonthsLow) : "",
                t.Claimed is { } c2 ? Quantity.Number(c2.Per12MonthsHigh) : "",
            ])]);

        var projection = new ReportTable(
            "Projection to the floor band (the fit reaching the band's high edge, then its low edge)",
            ["Tier", "Last price date", "Fitted price then", "Status", "Enters band", "Reaches low edge", "Entry, fastest 95% slope", "Entry, slowest 95% slope"],
            [.. result.Tiers.Select(t => (IReadOnlyList<ReportCell>)
            [
                PriceTiers.Name(t.Tier),
                Day(t.Crossing.AsOf),
                new DollarsPerMillionTokens(t.Crossing.PriceAtAsOf).ToQuantity(),
                Status(t.Crossing.Kind),
                Maybe(t.Crossing.EntersBand, t.Crossing.Kind),
                Maybe(t.Crossing.ReachesLow, t.Crossing.Kind),
                Maybe(t.Crossing.EntersEarliest, t.Crossing.Kind),
                Maybe(t.Crossing.EntersLatest, t.Crossing.Kind),
            ])]);

        var prices = new ReportTable(
            "Prices fitted",
            ["Date", "Tier", "Provider", "Model", "$/1M input", "$/1M output", "Source"],
            [.. result.Tiers.SelectMany(t => t.Prices).OrderBy(p => p.Date).Select(p => (IReadOnlyList<ReportCell>)
            [
                Day(p.Date), PriceTiers.Name(p.Tier), p.Provider, p.Model, p.Input.ToQuantity(), p.Output.ToQuantity(), p.Source,
            ])]);

        var claims = result.Tiers.Where(t => t.Claimed is not null).Select(t => t.Claimed!.Source).Distinct();
        return new Report(
            "InferCost converge: API list prices against the floor",
            [settings],
            [rates, projection, prices],
            [],
            "$ are US dollars; list prices at standard rates (no cache, batch or night discount). Claimed rates: "
                + string.Join("; ", claims) + $". A crossing more than {FloorCrossing.HorizonYears:0} years after the last price counts as never.");
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Claim(ClaimedRate c) => string.Create(CultureInfo.InvariantCulture,
        $"{Range(c.FactorLow, c.FactorHigh)}x per {Range(c.MonthsLow, c.MonthsHigh)} months");

    private static string Range(double low, double high) =>
        low == high ? low.ToString("0.##", CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{low:0.##}-{high:0.##}");

    private static string Status(CrossingKind kind) => kind switch
    {
        CrossingKind.Crosses => "reaches the band",
        CrossingKind.AlreadyReached => "already at or below the band",
        _ => "never (fit flat or rising, or beyond the horizon)",
    };

    private static ReportCell Maybe(DateOnly? date, CrossingKind kind) =>
        date is { } d ? Day(d) : kind == CrossingKind.Crosses ? "never" : "";
}
