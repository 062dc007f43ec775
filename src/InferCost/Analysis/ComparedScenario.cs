using InferCost.Estimation;
using InferCost.Scenarios;
using InferCost.Results;

namespace InferCost.Analysis;

/// <summary>One scenario of a comparison: its estimate, or why it cannot run (it does not fit in memory).</summary>
/// <param name="Name">Display name.</param>
/// <param name="Scenario">The scenario as given.</param>
/// <param name="Outcome">The estimate, or the memory planner's reasons it could not be made.</param>
/// <param name="RelativeToFirst">$/1M output tokens / the first scenario's; null when either did not run.</param>
public sealed record ComparedScenario(string Name, Scenario Scenario, Result<Estimate> Outcome, double? RelativeToFirst)
{
    /// <summary>The estimate, or null when the scenario did not run.</summary>
    public Estimate? Estimate => Outcome.Succeeded ? Outcome.Value : null;
}
