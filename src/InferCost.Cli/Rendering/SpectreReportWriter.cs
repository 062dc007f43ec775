using InferCost.Reporting.Rendering;
using InferCost.Explain;
using Spectre.Console;

namespace InferCost.Cli.Rendering;

/// <summary>Writes a <see cref="Report"/> as terminal tables.</summary>
internal static class SpectreReportWriter
{
    public static void Write(Report report, TextWriter output)
    {
        var console = ConsoleFactory.For(output);
        console.Write(new Rule($"[bold]{Markup.Escape(report.Title)}[/]").LeftJustified());
        if (report.Sections.Count > 0)
        {
            var grid = new Table().Border(TableBorder.Rounded).AddColumn("Figure").AddColumn(new TableColumn("Value").RightAligned());
            foreach (var section in report.Sections)
            {
                grid.AddRow(new Markup($"[bold]{Markup.Escape(section.Title)}[/]"), Text.Empty);
                foreach (var row in section.Rows)
                {
                    grid.AddRow(Markup.Escape("  " + row.Label), Markup.Escape(row.Value.Render()));
                }
            }

            console.Write(grid);
        }

        foreach (var table in report.Tables)
        {
            var t = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(table.Title));
            for (var i = 0; i < table.Headers.Count; i++)
            {
                // Numbers line up on the right; text reads from the left.
                var column = new TableColumn(Markup.Escape(table.Headers[i]));
                var numeric = table.Rows.Any(r => r[i].Value is not null);
                t.AddColumn(numeric ? column.RightAligned() : column);
            }

            foreach (var row in table.Rows)
            {
                t.AddRow([.. row.Select(c => Markup.Escape(c.Render()))]);
            }

            console.Write(t);
        }

        foreach (var w in report.Warnings)
        {
            var tag = w.Severity == WarningSeverity.Caution ? "[yellow]caution[/]" : "[blue]note[/]";
            console.MarkupLine($"{tag}: {Markup.Escape(w.Message)}");
        }

        console.MarkupLine($"[dim]{Markup.Escape(report.Footnote)}[/]");
    }
}
