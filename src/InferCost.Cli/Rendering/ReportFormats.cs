using InferCost.Reporting.Rendering;
namespace InferCost.Cli.Rendering;

/// <summary>The output formats every analysis command offers, and the writer behind each.</summary>
internal static class ReportFormats
{
    /// <summary>Format names, the default first.</summary>
    public static readonly string[] Names = ["table", "json", "csv", "markdown"];

    public static void Write(Report report, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                ReportJson.Write(report, output);
                break;
            case "csv":
                ReportCsv.Write(report, output);
                break;
            case "markdown":
                MarkdownReportWriter.Write(report, output);
                break;
            default:
                SpectreReportWriter.Write(report, output);
                break;
        }
    }
}
