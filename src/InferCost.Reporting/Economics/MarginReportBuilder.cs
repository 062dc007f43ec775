using System.Globalization;
using InferCost.Economics.Margin;
using InferCost.Economics.Rental;
using InferCost.Estimation;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Economics;

/// <summary>Lays out a list price's margins over a deployment's cost, owned and rented; computes nothing.</summary>
public static class MarginReportBuilder
{
    /// <summary>The margins, and the rental prices they were taken at (<paramref name="tiers"/>, possibly none).</summary>
    public static Report Build(MarginResult result, IReadOnlyList<TierRentalPrice> tiers)
    {
        var e = result.Owned;
        var s = e.Scenario;
        var price = result.Price;
        var priceRows = new List<ReportRow>
        {
            new("List price", price.Label),
            new("$/1M output tokens", price.Output.ToQuantity()),
        };
        if (price.Input is { } listInput)
        {
            priceRows.Add(new("$/1M input tokens", listInput.ToQuantity()));
        }

        if (price.Source.Length > 0)
        {
            priceRows.Add(new("Source", price.Source));
        }

        var tables = new List<ReportTable>
        {
            new("Output tokens: cost and gross margin by how the GPUs are paid for",
                ["Basis", "Rent $/GPU-hour", "$/productive GPU-hour", "Cost $/1M output", "List $/1M output", "Gross margin", "Markup (list / cost)"],
                [.. result.Lines.Select(l => (IReadOnlyList<ReportCell>)
                [
                    l.Label, Rent(l), l.PerProductiveGpuHour.ToQuantity(), l.Output.Cost.ToQuantity(), l.Output.Price.ToQuantity(),
                    Quantity.Share(l.Output.Share), Quantity.Number(l.Output.Markup),
                ])]),
        };
        if (price.Input is not null)
        {
            tables.Add(new($"Input tokens, and the scenario's request mix ({s.InputTokens.ToString("N0", CultureInfo.InvariantCulture)} input + {s.OutputTokens.ToString("N0", CultureInfo.InvariantCulture)} output tokens)",
                ["Basis", "Cost $/1M input", "Gross margin (input)", "Markup (input)", "Cost $/1M request tokens", "List $/1M request tokens", "Gross margin (request)", "Markup (request)"],
                [.. result.Lines.Select(l => (IReadOnlyList<ReportCell>)
                [
                    l.Label, l.Input!.Value.Cost.ToQuantity(), Quantity.Share(l.Input.Value.Share), Quantity.Number(l.Input.Value.Markup),
                    l.Request!.Value.Cost.ToQuantity(), l.Request.Value.Price.ToQuantity(), Quantity.Share(l.Request.Value.Share), Quantity.Number(l.Request.Value.Markup),
                ])]));
        }

        if (tiers.Count > 0)
        {
            tables.Add(new($"Rental prices of {s.Accelerator.Id} used (each provider's latest, per tier)",
                ["Tier", "Commitment", "Median $/GPU-hour", "Lowest", "Highest", "Quotes (provider, price, date)"],
                [.. tiers.Select(t => (IReadOnlyList<ReportCell>)
                [
                    RentalNames.Name(t.Tier), RentalNames.Name(t.Commitment), t.Median.ToQuantity(), t.Lowest.ToQuantity(), t.Highest.ToQuantity(),
                    string.Join("; ", t.Quotes.Select(q => $"{q.Provider} {QuantityFormatter.Format(q.Price)} ({q.Date:yyyy-MM-dd})")),
                ])]));
        }

        return new Report(
            $"InferCost margin: {price.Label} against {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}",
            [ScenarioSection.Build(e), new("List price", priceRows)],
            tables,
            e.Warnings,
            Report.UnitsNote + " Gross margin = (list - cost) / list (negative: a loss on every token); markup = list / cost. A rented GPU is paid for every"
                + " hour rented, so a productive hour costs rent / utilisation; owned GPUs are costed bottom-up (estimate --explain shows each step)."
                + " Rental prices: data/market/gpu-rentals.csv (sources per row).");
    }

    private static ReportCell Rent(MarginLine line) => line.Rent is { } rent ? rent.ToQuantity() : "owned";
}
