using InferCost.Results;

namespace InferCost.Economics.Market;

/// <summary>
/// Essay 000 section 7 as a computation: each tier's list prices (every row of the tier in the window, one point per
/// row, of the chosen metric) fitted log-linearly against date, the fitted decline per 12 and 18 months with its 95%
/// interval, and when the fit reaches the floor band.
/// </summary>
public static class ConvergenceAnalysis
{
    /// <summary>The fit and projection for every tier; fails when the window is empty or leaves a tier too few prices.</summary>
    public static Result<ConvergenceResult> Run(ApiPriceTable table, ConvergenceSettings settings, IReadOnlyList<ClaimedRate> claims)
    {
        if (settings.Since is { } since && settings.Until is { } until && since > until)
        {
            return Result.Fail<ConvergenceResult>("settings", "since", $"{since:yyyy-MM-dd} is after until {until:yyyy-MM-dd}; the window must run forwards.");
        }

        var tiers = new List<TierConvergence>();
        var errors = new List<InputError>();
        foreach (var tier in PriceTiers.All)
        {
            var prices = table.OfTier(tier)
                .Where(p => (settings.Since is null || p.Date >= settings.Since) && (settings.Until is null || p.Date <= settings.Until))
                .ToList();
            var fit = PriceTrendFitter.Fit([.. prices.Select(p => (TimeAxis.Years(p.Date), p.Price(settings.Metric).Value))]);
            if (!fit.Succeeded)
            {
                errors.AddRange(fit.Errors.Select(e => e with { Source = "price table", Field = WindowField(settings), Reason = $"the {PriceTiers.Name(tier)} tier: {e.Reason}" }));
                continue;
            }

            tiers.Add(new TierConvergence(
                tier,
                prices,
                fit.Value,
                DeclineRate.Of(fit.Value),
                FloorCrossing.Project(fit.Value, settings.Floor, prices[^1].Date),
                claims.FirstOrDefault(c => c.Tier == tier)));
        }

        return errors.Count > 0 ? Result.Fail<ConvergenceResult>(errors) : Result.Ok(new ConvergenceResult(settings, tiers));
    }

    // A tier short of prices is the window's doing when one was set, else the table's.
    private static string WindowField(ConvergenceSettings s) => s.Since is not null ? "since" : s.Until is not null ? "until" : "prices";
}
