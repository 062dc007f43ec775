using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Results;

namespace InferCost.Analysis;

/// <summary>
/// Essay 001 section 10, "what actually moves the number": each lever moved across its range from the base scenario,
/// everything else held. A lever's ends are its cheapest and dearest settings that can be estimated (by $/1M output
/// tokens); a setting that does not fit in memory or is not a valid scenario is skipped and reported, never guessed.
/// </summary>
public static class LeverAnalysis
{
    /// <summary>Estimates the base scenario and every lever setting; the swings come widest first.</summary>
    public static Result<LeverResult> Run(Scenario s, IReadOnlyList<Lever> levers)
    {
        var baseEstimate = CostEstimator.Estimate(s, Derivation.Off());
        if (!baseEstimate.Succeeded)
        {
            return Result.Fail<LeverResult>(baseEstimate.Errors);
        }

        var baseCost = baseEstimate.Value.Cost.PerMillionOutputTokens.Value;
        var swings = new List<LeverSwing>();
        var skipped = new List<SkippedSetting>();
        foreach (var lever in levers)
        {
            var feasible = new List<(LeverSetting Setting, Estimate Estimate)>();
            foreach (var setting in lever.Settings)
            {
                var e = CostEstimator.Estimate(setting.Scenario, Derivation.Off());
                if (e.Succeeded)
                {
                    feasible.Add((setting, e.Value));
                }
                else
                {
                    skipped.Add(new SkippedSetting(lever, setting, string.Join("; ", e.Errors.Select(x => x.Reason))));
                }
            }

            if (feasible.Count == 0)
            {
                continue;
            }

            // Stable ordering: on a tie the setting listed first in the lever's range wins.
            var byCost = feasible.OrderBy(f => f.Estimate.Cost.PerMillionOutputTokens.Value).ToList();
            LeverEnd End((LeverSetting Setting, Estimate Estimate) f) =>
                new(f.Setting, f.Estimate, baseCost > 0 ? f.Estimate.Cost.PerMillionOutputTokens.Value / baseCost : 1);
            swings.Add(new LeverSwing(lever, End(byCost[0]), End(byCost[^1]), feasible.Count));
        }

        return Result.Ok(new LeverResult(
            baseEstimate.Value,
            [.. swings.OrderByDescending(w => w.Span.Value).ThenBy(w => w.Lever.Kind)],
            skipped));
    }
}
