using InferCost.Analysis;
using InferCost.Scenarios;

namespace InferCost.Reporting.Analysis;

/// <summary>A scenario whose ranged inputs stand at their low ends, and the distributions to sample them from.</summary>
/// <param name="Scenario">The resolved scenario (every ranged input at its low end).</param>
/// <param name="Inputs">The ranged inputs, in flag order.</param>
public sealed record UncertainScenario(Scenario Scenario, IReadOnlyList<SampledInput> Inputs);
