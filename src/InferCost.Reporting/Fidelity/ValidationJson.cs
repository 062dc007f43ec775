using System.Text.Json.Nodes;
using InferCost.Fidelity;

namespace InferCost.Reporting.Fidelity;

/// <summary>
/// A validation run as JSON: {"sets": {"calibration": {...}, "validation": {...}}, "serving": {"validation": {...}},
/// "bias": [...], "cases": [...]}, with the names the docs give. The sets are summarised apart, never pooled; "sets" and
/// "bias" are the analytic cases, "serving" the cases the simulator predicted (each case says which in "simulated").
/// </summary>
public static class ValidationJson
{
    /// <summary>Each set's summary, the bias rows and every case's prediction as a JSON tree.</summary>
    public static JsonObject Build(IReadOnlyList<CasePrediction> predictions, IReadOnlyList<BiasRow> bias) => new()
    {
        ["sets"] = new JsonObject([.. ErrorStatistics.SummariseBySet(predictions).Select(s => KeyValuePair.Create(MeasurementSets.Name(s.Set), (JsonNode?)Summary(s.Summary)))]),
        ["serving"] = new JsonObject([.. ErrorStatistics.SummariseServing(predictions).Select(s => KeyValuePair.Create(MeasurementSets.Name(s.Set), (JsonNode?)Summary(s.Summary)))]),
        ["bias"] = new JsonArray([.. bias.Select(b => (JsonNode)new JsonObject
        {
            ["dimension"] = b.Dimension,
            ["set"] = MeasurementSets.Name(b.Set),
            ["group"] = b.Group,
            ["metric"] = b.Metric,
            ["cases"] = b.Cases,
            ["medianSignedPctError"] = b.MedianSignedPctError,
            ["medianAbsPctError"] = b.MedianAbsPctError,
        })]),
        ["cases"] = new JsonArray([.. predictions.Select(p => (JsonNode)new JsonObject
        {
            ["id"] = p.Case.Id,
            ["set"] = MeasurementSets.Name(p.Case.Set),
            ["metric"] = MetricNames.Of(p.Case.Metric),
            ["measured"] = p.Case.Value,
            ["predicted"] = p.Predicted,
            ["errorPct"] = p.ErrorPercent,
            ["supported"] = p.Supported,
            ["simulated"] = p.Simulated,
            ["reason"] = p.Reason,
        })]),
    };

    /// <summary>One set's summary as JSON: {cases, supported, unsupported, byMetric}.</summary>
    public static JsonObject Summary(ValidationSummary summary) => new()
    {
        ["cases"] = summary.Cases,
        ["supported"] = summary.Supported,
        ["unsupported"] = summary.Unsupported,
        ["byMetric"] = new JsonObject([.. summary.ByMetric.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Metric(kv.Value)))]),
    };

    /// <summary>One metric's error statistics as JSON.</summary>
    public static JsonObject Metric(MetricSummary m) => new()
    {
        ["count"] = m.Count,
        ["medianAbsPctError"] = m.MedianAbsPctError,
        ["meanAbsPctError"] = m.MeanAbsPctError,
        ["p90AbsPctError"] = m.P90AbsPctError,
        ["medianSignedPctError"] = m.MedianSignedPctError,
        ["within10Pct"] = m.Within10Pct,
        ["within25Pct"] = m.Within25Pct,
    };
}
