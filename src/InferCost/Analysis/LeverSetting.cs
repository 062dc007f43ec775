using InferCost.Scenarios;

namespace InferCost.Analysis;

/// <summary>One candidate position of a lever: the base scenario with only that lever moved.</summary>
/// <param name="Value">The setting as its flag value would name it ("fp4", "max", "0.4", "oregon", "25%", a model id).</param>
/// <param name="Scenario">The base scenario changed to this setting, everything else held.</param>
public sealed record LeverSetting(string Value, Scenario Scenario);
