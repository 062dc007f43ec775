using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Analysis;

/// <summary>
/// Essay 001 section 8.2: scenarios side by side, each with its cost stack, and each one's $/1M output tokens as a
/// multiple of the first's. A scenario that does not fit in memory stays in the comparison, marked as such: dropping it
/// would hide the answer to "can I even run this?".
/// </summary>
public static class ComparisonAnalysis
{
    /// <summary>
    /// Estimates every scenario, in the order given. An invalid scenario fails the whole comparison (that is bad input);
    /// a valid one that does not fit in memory is kept with the reason (that is an answer).
    /// </summary>
    public static Result<IReadOnlyList<ComparedScenario>> Compare(IReadOnlyList<NamedScenario> scenarios)
    {
        if (scenarios.Count == 0)
        {
            return Result.Fail<IReadOnlyList<ComparedScenario>>("scenarios", "", "give at least one scenario to compare.");
        }

        var invalid = scenarios.SelectMany(n => ScenarioValidator.Validate(n.Scenario, n.Name)).ToList();
        if (invalid.Count > 0)
        {
            return Result.Fail<IReadOnlyList<ComparedScenario>>(invalid);
        }

        var outcomes = scenarios.Select(n => (Named: n, Outcome: CostEstimator.Estimate(n.Scenario, Derivation.Off()))).ToList();
        var first = outcomes[0].Outcome;
        return Result.Ok<IReadOnlyList<ComparedScenario>>(
            [.. outcomes.Select(o => new ComparedScenario(o.Named.Name, o.Named.Scenario, o.Outcome, Relative(o.Outcome, first)))]);
    }

    private static double? Relative(Result<Estimate> outcome, Result<Estimate> first) =>
        outcome.Succeeded && first.Succeeded && first.Value.Cost.PerMillionOutputTokens.Value > 0
            ? outcome.Value.Cost.PerMillionOutputTokens / first.Value.Cost.PerMillionOutputTokens
            : null;
}
