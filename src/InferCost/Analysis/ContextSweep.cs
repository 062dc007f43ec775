using InferCost.Estimation;
using InferCost.Scenarios;

namespace InferCost.Analysis;

/// <summary>A scenario's cost across context lengths (essay 001 section 9 as a tool).</summary>
/// <param name="Scenario">The scenario (its input length is replaced by each row's context).</param>
/// <param name="BaselineInputTokens">The context every row's multiplier is relative to (4,096 tokens).</param>
/// <param name="Baseline">The baseline where it is served (the scenario's TP, else the smallest larger TP that fits); null if it cannot be.</param>
/// <param name="Rows">One row per context, shortest first.</param>
public sealed record ContextSweep(Scenario Scenario, int BaselineInputTokens, Estimate? Baseline, IReadOnlyList<ContextRow> Rows);
