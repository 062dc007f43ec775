using InferCost.Explain;

namespace InferCost.Cli.Rendering;

/// <summary>What a person sees: sections and tables in reading order, shared by the table and Markdown renderers.</summary>
/// <param name="Title">Report title.</param>
/// <param name="Sections">Labelled values.</param>
/// <param name="Tables">Breakdown tables.</param>
/// <param name="Warnings">Remarks on the result.</param>
internal sealed record Report(string Title, IReadOnlyList<ReportSection> Sections, IReadOnlyList<ReportTable> Tables, IReadOnlyList<EstimateWarning> Warnings);
