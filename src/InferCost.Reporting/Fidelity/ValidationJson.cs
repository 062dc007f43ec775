using System.Text.Json.Nodes;
using InferCost.Fidelity;

namespace InferCost.Reporting.Fidelity;

/// <summary>A validation run as JSON: {"summary": {...}, "cases": [...]}, with the names the docs give.</summary>
public static class ValidationJson
{
    /// <summary>The validation summary and every case's prediction as a JSON tree.</summary>
    public static JsonObject Build(ValidationSummary summary, IReadOnlyList<CasePrediction> predictions) => new()
    {
        ["summary"] = new JsonObject
        {
            ["cases"] = summary.Cases,
            ["supported"] = summary.Supported,
            ["unsupported"] = summary.Unsupported,
            ["byMetric"] = new JsonObject([.. summary.ByMetric.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Metric(kv.Value)))]),
        },
        ["cases"] = new JsonArray([.. predictions.Select(p => (JsonNode)new JsonObject
        {
            ["id"] = p.Case.Id,
            ["metric"] = MetricNames.Of(p.Case.Metric),
            ["measured"] = p.Case.Value,
            ["predicted"] = p.Predicted,
            ["errorPct"] = p.ErrorPercent,
            ["supported"] = p.Supported,
            ["reason"] = p.Reason,
        })]),
    };

    /// <summary>One metric's error statistics as JSON.</summary>
    public static JsonObject Metric(MetricSummary m) => new()
    {
        ["count"] = m.Count,
        ["medianAbsPctError"] = m.MedianAbsPctError,
        ["p90AbsPctError"] = m.P90AbsPctError,
        ["medianSignedPctError"] = m.MedianSignedPctError,
        ["within10Pct"] = m.Within10Pct,
        ["within25Pct"] = m.Within25Pct,
    };
}
