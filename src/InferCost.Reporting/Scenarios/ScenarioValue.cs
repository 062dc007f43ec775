namespace InferCost.Reporting.Scenarios;

/// <summary>A raw scenario value and where it came from, so that an error can point at it.</summary>
/// <param name="Text">The value as given.</param>
/// <param name="Origin">"--flag" or "file.yaml: key".</param>
public sealed record ScenarioValue(string Text, string Origin);
