namespace InferCost.Explain;

/// <summary>A structured remark on a result, like BenchmarkDotNet's conclusions.</summary>
/// <param name="Code">A stable identifier (e.g. <c>projected-hardware</c>).</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What the reader should know.</param>
public sealed record EstimateWarning(string Code, WarningSeverity Severity, string Message);
