using System.Globalization;
using CsvHelper;

namespace InferCost.Cli.Tests;

/// <summary>Parses CSV output the way a spreadsheet would (quoted fields may hold commas).</summary>
internal static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        using var reader = new CsvParser(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<List<string>>();
        while (reader.Read())
        {
            rows.Add([.. reader.Record!]);
        }

        return rows;
    }
}
