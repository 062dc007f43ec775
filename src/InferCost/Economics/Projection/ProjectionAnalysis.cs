using System.Collections.Immutable;
using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Economics.Projection;

/// <summary>
/// Essay 000 sections 2-3 as a tool: the scenario on each hardware generation (catalogued, then extrapolated from
/// per-generation rates), with $/1M tokens, the cost stack and decode compute utilisation; and the essay's rates
/// mechanism, the cost stack's shares by generation and by year.
/// </summary>
public static class ProjectionAnalysis
{
    /// <summary>Generations of shares shown by generation (0 = today).</summary>
    public const int ShareGenerations = 5;

    /// <summary>Years of shares shown by year after the base year.</summary>
    public const int ShareYears = 10;

    /// <summary>
    /// Projects <paramref name="s"/> over <paramref name="catalog"/>'s generation series. With <paramref name="fixedPrice"/>
    /// every generation is priced at the scenario's GPU capex (the user gave one); otherwise each at its own price.
    /// </summary>
    public static Result<GenerationProjection> Run(
        Scenario s, InferCostCatalog catalog, GenerationOverrides hardware, CostStackOverrides stack, bool fixedPrice)
    {
        var invalid = ScenarioValidator.Validate(s);
        var generations = catalog.Generations(hardware);
        var rates = catalog.GenerationSeries?.Resolve(catalog.Accelerators, hardware);
        var stackRates = catalog.CostStack is { } spec
            ? StackRates.From(spec, stack)
            : Result.Fail<StackRates>("catalog", "cost-stack", "the catalog has no cost stack (generations.yaml costStack).");
        var errors = invalid.Concat(generations.Errors).Concat(stackRates.Errors).ToList();
        if (errors.Count > 0 || rates is null || !rates.Succeeded)
        {
            return Result.Fail<GenerationProjection>(errors.Count > 0 ? errors : [.. rates?.Errors ?? []]);
        }

        var costs = new List<GenerationCost>();
        foreach (var g in generations.Value)
        {
            var on = On(s, g.Accelerator, fixedPrice);
            var cost = Cost(g, on);
            if (!cost.Succeeded)
            {
                return Result.Fail<GenerationProjection>(cost.Errors);
            }

            // Each generation's $/1M output tokens over the one before it, where both can serve the scenario.
            var previous = costs.Count > 0 ? costs[^1].Estimate : null;
            costs.Add(cost.Value.Estimate is { } e && previous is not null
                ? cost.Value with { RelativeToPrevious = e.Cost.PerMillionOutputTokens / previous.Cost.PerMillionOutputTokens }
                : cost.Value);
        }

        var st = stackRates.Value;
        var byGeneration = Enumerable.Range(0, ShareGenerations + 1).Select(n => Row(st, n)).ToImmutableArray();
        var byYear = Enumerable.Range(0, ShareYears + 1).Select(y => Row(st, st.GenerationsAt(st.BaseYear + y))).ToImmutableArray();
        var fits = Enumerable.Range(1, ShareGenerations).Select(n => EssayColumnSearch.Closest(st, n) with { Year = st.YearAt(n) }).ToImmutableArray();
        return Result.Ok(new GenerationProjection(rates.Value, costs, st, byGeneration, byYear, fits, fixedPrice));
    }

    /// <summary>The shares after <paramref name="generations"/> at the rates used and at the low and high ends of the essay's ranges.</summary>
    public static ShareRow Row(StackRates stack, double generations)
    {
        var c = stack.Components;
        var today = c.Select(x => x.TodayShare).ToArray();
        var rates = c.Select(x => x.Rate).ToArray();
        return new ShareRow(
            generations,
            stack.YearAt(generations),
            [.. ShareProjection.SharesAt(today, rates, generations)],
            [.. ShareProjection.SharesAt(today, [.. c.Select(x => x.RateLow)], generations)],
            [.. ShareProjection.SharesAt(today, [.. c.Select(x => x.RateHigh)], generations)],
            ShareProjection.CostRelativeToToday(today, rates, generations));
    }

    // The same scenario on another accelerator: its own price unless the run fixed one.
    private static Scenario On(Scenario s, Accelerator a, bool fixedPrice) => s with
    {
        Deployment = s.Deployment with { Accelerator = a },
        Finance = fixedPrice ? s.Finance : s.Finance with { GpuPrice = a.Price },
    };

    private static Result<GenerationCost> Cost(Generation g, Scenario s)
    {
        var invalid = ScenarioValidator.Validate(s);
        if (invalid.Count > 0)
        {
            // A layout this generation cannot hold (a TP wider than its scale-up domain) is an answer for it, not bad input.
            return Result.Ok(new GenerationCost(g, s, default, null, null, null, string.Join(" ", invalid.Select(e => e.Reason))));
        }

        var c = new ScenarioContext(s);
        var fit = Feasibility.Of(c, s.Batch, s.InputTokens, s.OutputTokens);
        var one = Feasibility.Of(c, BatchSize.Of(1), s.InputTokens, s.OutputTokens);
        var atOne = one.IsFeasible ? Utilisation(s with { Batch = BatchSize.Of(1) }) : Result.Ok<(Estimate, DecodeUtilisation)?>(null);
        if (!atOne.Succeeded)
        {
            return Result.Fail<GenerationCost>(atOne.Errors);
        }

        if (!fit.IsFeasible)
        {
            var why = Infeasibility.Reason(fit, s.Serving.MaxRunningRequests, s.Model.Profile.Architecture.MaxContext, (long)s.InputTokens + s.OutputTokens);
            return Result.Ok(new GenerationCost(g, s, fit, null, null, atOne.Value?.Item2, why));
        }

        var at = Utilisation(s);
        return at.Succeeded
            ? Result.Ok(new GenerationCost(g, s, fit, at.Value!.Value.Item1, at.Value.Value.Item2, atOne.Value?.Item2, ""))
            : Result.Fail<GenerationCost>(at.Errors);
    }

    private static Result<(Estimate, DecodeUtilisation)?> Utilisation(Scenario s)
    {
        var e = CostEstimator.Estimate(s, Derivation.Off());
        if (!e.Succeeded)
        {
            return Result.Fail<(Estimate, DecodeUtilisation)?>(e.Errors);
        }

        var a = s.Accelerator;
        Precision p = e.Value.Model.ComputePrecision;
        var u = DecodeUtilisation.At(e.Value.Memory.Batch, p, e.Value.Decode.Flops, e.Value.Decode.Bytes, a.DenseCompute[p], a.Memory.Bandwidth);
        return Result.Ok<(Estimate, DecodeUtilisation)?>((e.Value, u));
    }
}
