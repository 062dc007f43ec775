using System.Text.Json;
using InferCost.Estimation;

namespace InferCost.Reporting.Rendering;

/// <summary>The estimate as indented JSON.</summary>
public sealed class JsonExporter : IEstimateExporter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The format name.</summary>
    public string Name => "json";

    /// <summary>Writes the estimate as indented JSON.</summary>
    public void Write(Estimate estimate, bool explain, TextWriter output) =>
        output.WriteLine(EstimateJson.Build(estimate, explain).ToJsonString(Options));
}
