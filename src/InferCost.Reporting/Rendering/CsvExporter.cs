using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using InferCost.Estimation;

namespace InferCost.Reporting.Rendering;

/// <summary>The estimate as field,value rows: the JSON tree flattened to dotted paths (cost.breakdown[0].share).</summary>
public sealed class CsvExporter : IEstimateExporter
{
    /// <summary>The format name.</summary>
    public string Name => "csv";

    /// <summary>Writes the estimate as CSV rows (and its derivation steps on request).</summary>
    public void Write(Estimate estimate, bool explain, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteField("field");
        csv.WriteField("value");
        csv.NextRecord();
        Flatten(EstimateJson.Build(estimate, explain: false), "", csv);
        if (explain)
        {
            foreach (var step in estimate.Steps)
            {
                csv.WriteField($"derivation.{step.Section}.{step.Name}");
                csv.WriteField(step.Result.Value.ToString("R", CultureInfo.InvariantCulture));
                csv.NextRecord();
            }
        }
    }

    private static void Flatten(JsonNode? node, string path, CsvWriter csv)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    Flatten(child, path.Length == 0 ? key : path + "." + key, csv);
                }

                return;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Flatten(a[i], $"{path}[{i}]", csv);
                }

                return;
            case JsonValue v:
                csv.WriteField(path);
                csv.WriteField(v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString());
                csv.NextRecord();
                return;
            default:
                csv.WriteField(path);
                csv.WriteField("");
                csv.NextRecord();
                return;
        }
    }
}
