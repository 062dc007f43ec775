namespace InferCost.Reporting.Rendering;

/// <summary>A titled table with column headers.</summary>
/// <param name="Title">Table title.</param>
/// <param name="Headers">Column headers.</param>
/// <param name="Rows">Rows of cells, one per header.</param>
public sealed record ReportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReportCell>> Rows);
