namespace InferCost.Reporting.Rendering;

/// <summary>Writes a <see cref="Report"/> as Markdown tables.</summary>
public static class MarkdownReportWriter
{
    /// <summary>Writes the report as Markdown: title, sections as lists, tables as pipe tables, notes.</summary>
    public static void Write(Report report, TextWriter output)
    {
        output.WriteLine($"# {report.Title}");
        foreach (var section in report.Sections)
        {
            output.WriteLine();
            output.WriteLine($"## {section.Title}");
            output.WriteLine();
            output.WriteLine("| Figure | Value |");
            output.WriteLine("|---|---:|");
            foreach (var row in section.Rows)
            {
                output.WriteLine($"| {Escape(row.Label.Trim())} | {Escape(row.Value.Render())} |");
            }
        }

        foreach (var table in report.Tables)
        {
            output.WriteLine();
            output.WriteLine($"## {table.Title}");
            output.WriteLine();
            output.WriteLine("| " + string.Join(" | ", table.Headers.Select(Escape)) + " |");
            output.WriteLine("|" + string.Join("|", table.Headers.Select((_, i) => table.Rows.Any(r => r[i].Value is not null) ? "---:" : "---")) + "|");
            foreach (var row in table.Rows)
            {
                output.WriteLine("| " + string.Join(" | ", row.Select(c => Escape(c.Render()))) + " |");
            }
        }

        if (report.Warnings.Count > 0)
        {
            output.WriteLine();
            foreach (var w in report.Warnings)
            {
                output.WriteLine($"> **{w.Severity.ToString().ToLowerInvariant()}**: {w.Message}");
            }
        }

        output.WriteLine();
        output.WriteLine($"_{report.Footnote}_");
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
