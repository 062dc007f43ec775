using System.Text.Json;
using InferCost.Estimation;

namespace InferCost.Reporting.Rendering;

/// <summary>The estimate as indented JSON.</summary>
internal sealed class JsonExporter : IEstimateExporter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public string Name => "json";

    public void Write(Estimate estimate, bool explain, TextWriter output) =>
        output.WriteLine(EstimateJson.Build(estimate, explain).ToJsonString(Options));
}
