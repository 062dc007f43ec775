namespace InferCost.Reporting.Rendering;

/// <summary>A labelled value in a report section.</summary>
/// <param name="Label">What the value is.</param>
/// <param name="Value">The value.</param>
public sealed record ReportRow(string Label, ReportCell Value);
