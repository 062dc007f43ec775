using InferCost.Reporting.Rendering;
using InferCost.Estimation;

namespace InferCost.Cli.Rendering;

/// <summary>An estimate as a human-readable report (terminal tables or Markdown), followed by its derivation on request.</summary>
/// <param name="name">The --format name.</param>
/// <param name="writeReport">Writes the report in this format.</param>
internal sealed class ReportExporter(string name, Action<Report, TextWriter> writeReport) : IEstimateExporter
{
    public static ReportExporter Table { get; } = new("table", SpectreReportWriter.Write);

    public static ReportExporter Markdown { get; } = new("markdown", MarkdownReportWriter.Write);

    public string Name => name;

    public void Write(Estimate estimate, bool explain, TextWriter output)
    {
        writeReport(EstimateReportBuilder.Build(estimate), output);
        if (explain)
        {
            output.WriteLine();
            ExplainMarkdown.Write(estimate.Steps, output);
            if (estimate.Confidence is { } confidence)
            {
                ExplainMarkdown.WriteProvenance(confidence, output);
            }
        }
    }
}
