using InferCost.Estimation;

namespace InferCost.Cli.Rendering;

/// <summary>The human-readable terminal report (Spectre.Console tables).</summary>
internal sealed class TableExporter : IEstimateExporter
{
    public string Name => "table";

    public void Write(Estimate estimate, bool explain, TextWriter output)
    {
        SpectreReportWriter.Write(EstimateReportBuilder.Build(estimate), output);
        if (explain)
        {
            output.WriteLine();
            ExplainMarkdown.Write(estimate.Steps, output);
        }
    }
}
