using System.Text.Json;
using System.Text.Json.Nodes;
using InferCost.Units;

namespace InferCost.Reporting.Rendering;

/// <summary>Any analysis report as JSON: its sections as label -> value, its tables as arrays of rows keyed by header, its warnings.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes the report as indented JSON.</summary>
    public static void Write(Report report, TextWriter output) => output.WriteLine(Build(report).ToJsonString(Indented));

    /// <summary>The report as a JSON tree: quantities as numbers with their units.</summary>
    public static JsonObject Build(Report report)
    {
        var sections = new JsonObject();
        foreach (var section in report.Sections)
        {
            var rows = new JsonObject();
            foreach (var row in section.Rows)
            {
                rows[row.Label] = Cell(row.Value);
            }

            sections[section.Title] = rows;
        }

        var tables = new JsonArray();
        foreach (var table in report.Tables)
        {
            var rows = new JsonArray();
            foreach (var row in table.Rows)
            {
                var o = new JsonObject();
                for (var i = 0; i < table.Headers.Count; i++)
                {
                    o[table.Headers[i]] = Cell(row[i]);
                }

                rows.Add(o);
            }

            tables.Add(new JsonObject { ["title"] = table.Title, ["rows"] = rows });
        }

        var warnings = new JsonArray();
        foreach (var w in report.Warnings)
        {
            warnings.Add(new JsonObject { ["code"] = w.Code, ["severity"] = w.Severity.ToString().ToLowerInvariant(), ["message"] = w.Message });
        }

        return new JsonObject { ["title"] = report.Title, ["sections"] = sections, ["tables"] = tables, ["warnings"] = warnings, ["note"] = report.Footnote };
    }

    // A number keeps its unit beside it so that nothing is lost to formatting; text stays text; an empty cell is null.
    private static JsonNode? Cell(ReportCell cell) => cell.Value is { } q
        ? new JsonObject { ["value"] = q.Value, ["unit"] = UnitNames.Of(q.Unit) }
        : cell.Text is { Length: > 0 } text ? JsonValue.Create(text) : null;
}
