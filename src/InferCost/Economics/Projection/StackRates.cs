using System.Collections.Immutable;
using System.Globalization;
using InferCost.Catalog;
using InferCost.Results;
using InferCost.Scenarios.Fields;

namespace InferCost.Economics.Projection;

/// <summary>The cost stack a projection runs on: the catalog's components after a run's overrides, every value checked.</summary>
/// <param name="Components">The components, shares summing to 1.</param>
/// <param name="BaseYear">The year of today's shares.</param>
/// <param name="YearsPerGeneration">Years per generation.</param>
/// <param name="EssayYear">The year of the essay's own column.</param>
/// <param name="Spec">The catalog's cost stack, with its sources.</param>
public sealed record StackRates(ImmutableArray<StackComponent> Components, int BaseYear, double YearsPerGeneration, int EssayYear, CostStackSpec Spec)
{
    /// <summary>The catalog's stack with <paramref name="overrides"/> applied; each bad value is an error naming its field.</summary>
    public static Result<StackRates> From(CostStackSpec spec, CostStackOverrides overrides)
    {
        var errors = new List<InputError>();
        var ids = spec.Components.Select(c => c.Id).ToList();
        foreach (var (kind, keys) in new[] { ("stack-rate", overrides.Rates.Keys), ("stack-share", overrides.TodayShares.Keys) })
        {
            foreach (var unknown in keys.Where(k => !ids.Contains(k)))
            {
                errors.Add(new InputError("scenario", kind, $"'{unknown}' is not a cost-stack component; use one of {string.Join(", ", ids)}.", "unknown-component"));
            }
        }

        var components = spec.Components.Select(c =>
        {
            var rate = overrides.Rates.GetValueOrDefault(c.Id, c.RateMid);
            if (overrides.Rates.ContainsKey(c.Id) && RateProblem(rate) is { } rp)
            {
                errors.Add(new InputError("scenario", "stack-rate." + c.Id, rp, "out-of-range"));
            }

            var share = overrides.TodayShares.GetValueOrDefault(c.Id, c.TodayShare);
            if (overrides.TodayShares.ContainsKey(c.Id) && ShareProblem(share) is { } sp)
            {
                errors.Add(new InputError("scenario", "stack-share." + c.Id, sp, "out-of-range"));
            }

            var basis = overrides.Rates.ContainsKey(c.Id) ? "override" : "essay 000 mid-range";
            return new StackComponent(c.Id, c.Name, share, rate, c.RateLow, c.RateHigh, c.EssayShare2028, basis);
        }).ToImmutableArray();

        var total = components.Sum(c => c.TodayShare);
        if (errors.Count == 0 && Math.Abs(total - 1) > CostStackLimits.ShareSumTolerance)
        {
            errors.Add(new InputError("scenario", "stack-share", Text(
                $"today's shares must sum to 1 (within {CostStackLimits.ShareSumTolerance}), found {total:0.####} ({string.Join(" + ", components.Select(c => $"{c.Id} {c.TodayShare:0.###}"))}); change the others too."), "out-of-range"));
        }

        var years = overrides.YearsPerGeneration ?? spec.YearsPerGeneration;
        if (!double.IsFinite(years) || years < 0.25 || years > 10)
        {
            errors.Add(new InputError("scenario", "stack-years", Text($"must be from 0.25 to 10 years per generation (NVIDIA's cadence has been 1 to 2 years), found {years}."), "out-of-range"));
        }

        return errors.Count > 0
            ? Result.Fail<StackRates>(errors)
            : Result.Ok(new StackRates(components, spec.BaseYear, years, spec.EssayYear, spec));
    }

    /// <summary>Why a reduction rate is not acceptable, or null.</summary>
    public static string? RateProblem(double rate) =>
        !double.IsFinite(rate) ? Text($"must be a finite number, found {FieldRange.Format(rate)}.")
        : rate <= 0 ? Text($"must be above 0 (cost next generation = cost / rate; 1 = unchanged), found {FieldRange.Format(rate)}.")
        : rate is < CostStackLimits.MinRate or > CostStackLimits.MaxRate
            ? Text($"must be from {CostStackLimits.MinRate} (the cost doubles each generation) to {CostStackLimits.MaxRate} (10x cheaper each generation; the essay's fastest is 3-4x), found {FieldRange.Format(rate)}.")
            : null;

    /// <summary>Why a share is not acceptable, or null.</summary>
    public static string? ShareProblem(double share) =>
        !double.IsFinite(share) ? Text($"must be a finite number, found {FieldRange.Format(share)}.")
        : share is <= 0 or > 1 ? Text($"must be above 0 and at most 1 (a share of today's cost), found {FieldRange.Format(share)}.")
        : null;

    /// <summary>The generations from today to <paramref name="year"/> at this cadence (fractional between generations).</summary>
    public double GenerationsAt(double year) => (year - BaseYear) / YearsPerGeneration;

    /// <summary>The year after <paramref name="generations"/> generations: base year + n x years per generation.</summary>
    public double YearAt(double generations) => BaseYear + (generations * YearsPerGeneration);

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
