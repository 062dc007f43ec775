using System.Text.Json.Nodes;
using InferCost.Catalog;
using InferCost.Fidelity;

namespace InferCost.Reporting.Fidelity;

/// <summary>
/// A calibration as JSON: the profile written, the fitted factors, the generalisation figures (in-sample, held-out model,
/// held-out accelerator family, held-out model family, no calibration), each held-out family, the targets, the
/// confidence bands and the bound warnings. Percentages are in percent, band edges are fractions (as in the profile).
/// </summary>
public static class CalibrationJson
{
    /// <summary>The calibration as a JSON tree.</summary>
    public static JsonObject Build(CalibrationProfile profile, CrossValidationResult cv, string written) => new()
    {
        ["written"] = written,
        ["folds"] = cv.Folds,
        ["families"] = new JsonObject([.. profile.Families.Values.Select(f => KeyValuePair.Create(f.Family, (JsonNode?)Factors(f)))]),
        ["stacks"] = new JsonObject([.. profile.Stacks.Values.Select(s => KeyValuePair.Create(s.Stack, (JsonNode?)Factors(s)))]),
        ["generalisation"] = new JsonArray([.. CalibrationReportBuilder.Fits(cv).Select(f => (JsonNode)new JsonObject
        {
            ["predictedBy"] = f.Name,
            ["byMetric"] = ByMetric(f.Predictions),
        })]),
        ["heldOutAcceleratorFamilies"] = Groups(cv.ByAcceleratorFamily),
        ["heldOutModelFamilies"] = Groups(cv.ByModelFamily),
        ["targets"] = new JsonArray([.. GeneralisationTargets.Check(cv).Select(t => (JsonNode)new JsonObject
        {
            ["target"] = t.Name,
            ["limitPct"] = t.Threshold,
            ["measuredPct"] = t.Value,
            ["kind"] = t.IsBias ? "median signed error" : "median |error|",
            ["met"] = t.Met,
        })]),
        ["confidence"] = profile.Confidence is { } b ? Bands(b) : null,
        ["boundWarnings"] = new JsonArray([.. BoundWarnings.Of(profile).Select(w => (JsonNode)new JsonObject
        {
            ["owner"] = w.Owner,
            ["ownerKind"] = w.Factor.Owner == FactorOwner.Family ? "accelerator family" : "serving stack",
            ["factor"] = w.Factor.Key,
            ["value"] = w.Value,
            ["bound"] = w.Bound,
            ["side"] = w.Upper ? "upper" : "lower",
            ["message"] = w.Message,
        })]),
    };

    /// <summary>
    /// The bands as JSON: {metric, calibrated: {p10, p90, cases}, transferred, priors, mixtureOfExperts: {the same three},
    /// modelFamilies and acceleratorFamilies: {family: {p10, p90, cases}}}.
    /// </summary>
    public static JsonObject Bands(ConfidenceBands b) => new()
    {
        ["metric"] = b.Metric,
        ["calibrated"] = Band(b.Calibrated),
        ["transferred"] = Band(b.Transferred),
        ["priors"] = Band(b.Priors),
        ["mixtureOfExperts"] = b.MixtureOfExperts is { } moe
            ? new JsonObject { ["calibrated"] = Band(moe.Calibrated), ["transferred"] = Band(moe.Transferred), ["priors"] = Band(moe.Priors) }
            : null,
        ["modelFamilies"] = new JsonObject([.. b.ModelFamilies.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Band(kv.Value)))]),
        ["acceleratorFamilies"] = new JsonObject([.. b.AcceleratorFamilies.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Band(kv.Value)))]),
        ["layouts"] = new JsonObject([.. b.Layouts.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Band(kv.Value)))]),
    };

    private static JsonObject? Band(ConfidenceBand? b) => b is null ? null : new JsonObject { ["p10"] = b.P10, ["p90"] = b.P90, ["cases"] = b.Cases };

    private static JsonObject Factors(FamilyCalibration f)
    {
        var o = new JsonObject([.. EfficiencyFactor.Family.Select(x => KeyValuePair.Create(x.Key, (JsonNode?)x.Read(f.Efficiency)))]);
        o["cases"] = f.Cases;
        o["rmsLogError"] = f.RmsLogError;
        return o;
    }

    private static JsonObject Factors(StackCalibration s)
    {
        var o = new JsonObject([.. EfficiencyFactor.Stack.Select(x => KeyValuePair.Create(x.Key, (JsonNode?)x.Read(s.Factors)))]);
        o["cases"] = s.Cases;
        o["rmsLogError"] = s.RmsLogError;
        return o;
    }

    private static JsonObject ByMetric(IReadOnlyList<CasePrediction> predictions) =>
        new([.. ErrorStatistics.Summarise(predictions).ByMetric.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)ValidationJson.Metric(kv.Value)))]);

    private static JsonArray Groups(LeaveOneOutResult loo) => new([.. loo.Groups.Select(g => (JsonNode)new JsonObject
    {
        ["heldOut"] = g.Name,
        ["byMetric"] = ByMetric(g.Predictions),
    })]);
}
