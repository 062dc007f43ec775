using System.Globalization;
using CsvHelper;
using InferCost.Units;

namespace InferCost.Reporting.Rendering;

/// <summary>
/// An analysis report's main table (its first) as CSV: one row per table row, numbers raw in base units, text as text,
/// empty cells empty. The unit goes where it is the same for every number: in the header when each column has one unit
/// ("Cost per 1M output (USD/1M tokens)"); in a Unit column after the first when the columns mix units but each row has
/// one (a table of figures by row, such as <c>compare</c>'s).
/// </summary>
public static class ReportCsv
{
    /// <summary>
    /// Writes the report's first table as CSV with one header row, so that any CSV reader takes it whole; the other tables
    /// (a derivation, a timeline) are in the JSON.
    /// </summary>
    public static void Write(Report report, TextWriter output)
    {
        if (report.Tables.Count == 0)
        {
            return;
        }

        var table = report.Tables[0];
        var columnUnits = Enumerable.Range(0, table.Headers.Count).Select(i => SingleUnit(table.Rows.Select(r => r[i]))).ToList();
        var byRow = Enumerable.Range(0, table.Headers.Count).Any(i => columnUnits[i] is null && table.Rows.Any(r => r[i].Value is not null));
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        for (var i = 0; i < table.Headers.Count; i++)
        {
            csv.WriteField(!byRow && columnUnits[i] is { } u && UnitNames.Of(u) is { Length: > 0 } symbol ? $"{table.Headers[i]} ({symbol})" : table.Headers[i]);
            if (byRow && i == 0)
            {
                csv.WriteField("Unit");
            }
        }

        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                csv.WriteField(row[i].Value is { } q ? q.Value.ToString("R", CultureInfo.InvariantCulture) : row[i].Text ?? "");
                if (byRow && i == 0)
                {
                    csv.WriteField(SingleUnit(row) is { } u ? UnitNames.Of(u) : "");
                }
            }

            csv.NextRecord();
        }
    }

    // The one unit of the cells' quantities; null when they have none or more than one.
    private static Unit? SingleUnit(IEnumerable<ReportCell> cells)
    {
        var units = cells.Where(c => c.Value is not null).Select(c => c.Value!.Value.Unit).Distinct().Take(2).ToList();
        return units.Count == 1 ? units[0] : null;
    }
}
