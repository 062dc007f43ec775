using InferCost.Scenarios;

namespace InferCost.Analysis;

/// <summary>A scenario with the name a comparison shows it under (the CLI uses its file name).</summary>
/// <param name="Name">Display name.</param>
/// <param name="Scenario">The scenario.</param>
public sealed record NamedScenario(string Name, Scenario Scenario);
