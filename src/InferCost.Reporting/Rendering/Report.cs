using InferCost.Explain;

namespace InferCost.Reporting.Rendering;

/// <summary>What a person sees: sections and tables in reading order, shared by the table and Markdown renderers.</summary>
/// <param name="Title">Report title.</param>
/// <param name="Sections">Labelled values.</param>
/// <param name="Tables">Breakdown tables.</param>
/// <param name="Warnings">Remarks on the result.</param>
/// <param name="Footnote">How to read the units (printed last).</param>
public sealed record Report(
    string Title,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<ReportTable> Tables,
    IReadOnlyList<EstimateWarning> Warnings,
    string Footnote = Report.UnitsNote)
{
    /// <summary>The units convention every report states.</summary>
    public const string UnitsNote = "Bytes are decimal (1 GB = 10^9 B, 1 kB = 1,000 B); FLOP/s are dense tensor rates (no sparsity); $ are US dollars.";
}
