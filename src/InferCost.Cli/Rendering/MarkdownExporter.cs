using InferCost.Estimation;

namespace InferCost.Cli.Rendering;

/// <summary>The report as Markdown (for docs, tickets and pull requests).</summary>
internal sealed class MarkdownExporter : IEstimateExporter
{
    public string Name => "markdown";

    public void Write(Estimate estimate, bool explain, TextWriter output)
    {
        MarkdownReportWriter.Write(EstimateReportBuilder.Build(estimate), output);
        if (explain)
        {
            output.WriteLine();
            ExplainMarkdown.Write(estimate.Steps, output);
        }
    }
}
