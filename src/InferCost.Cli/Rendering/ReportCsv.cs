using System.Globalization;
using CsvHelper;

namespace InferCost.Cli.Rendering;

/// <summary>
/// An analysis report's main table (its first) as CSV: one row per table row, numbers raw in base units with the unit in
/// the header ("Cost per 1M output (USD/1M tokens)"), text as text, empty cells empty.
/// </summary>
internal static class ReportCsv
{
    public static void Write(Report report, TextWriter output)
    {
        if (report.Tables.Count == 0)
        {
            return;
        }

        var table = report.Tables[0];
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var unit = table.Rows.Select(r => r[i].Value?.Unit).FirstOrDefault(u => u is not null);
            var name = unit is { } u && UnitNames.Of(u) is { Length: > 0 } symbol ? $"{table.Headers[i]} ({symbol})" : table.Headers[i];
            csv.WriteField(name);
        }

        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell.Value is { } q ? q.Value.ToString("R", CultureInfo.InvariantCulture) : cell.Text ?? "");
            }

            csv.NextRecord();
        }
    }
}
