namespace InferCost.Reporting.Rendering;

/// <summary>A titled list of labelled values.</summary>
/// <param name="Title">Section title.</param>
/// <param name="Rows">Its rows.</param>
public sealed record ReportSection(string Title, IReadOnlyList<ReportRow> Rows);
