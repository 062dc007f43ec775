using System.Text.Json.Nodes;
using InferCost.Catalog;
using InferCost.Estimation;

namespace InferCost.Reporting.Rendering;

/// <summary>
/// An estimate's confidence as JSON: {basis, p10, p90, note, familyBands} (p10 and p90 are the relative error of output
/// tokens per second, fractions, null when not measured; familyBands the model or accelerator families whose own in-sample
/// band widened them); with the derivation, also each factor and where it came from.
/// </summary>
public static class EstimateConfidenceJson
{
    /// <summary>The confidence object; <paramref name="explain"/> adds the factors' provenance.</summary>
    public static JsonObject Build(EstimateConfidence c, bool explain)
    {
        var o = new JsonObject
        {
            ["basis"] = Name(c.Basis),
            ["p10"] = c.Band?.P10,
            ["p90"] = c.Band?.P90,
            ["note"] = c.Note,
            ["familyBands"] = new JsonArray([.. c.FamilyBands.Select(f => (JsonNode)new JsonObject
            {
                ["kind"] = f.Kind,
                ["family"] = f.Family,
                ["p10"] = f.Band.P10,
                ["p90"] = f.Band.P90,
                ["cases"] = f.Band.Cases,
            })]),
        };
        if (explain)
        {
            o["factors"] = new JsonArray([.. c.Factors.Select(f => (JsonNode)new JsonObject
            {
                ["factor"] = f.Key,
                ["value"] = f.Value.Value,
                ["unit"] = f.Value.Unit.ToString(),
                ["provenance"] = f.Provenance,
            })]);
        }

        return o;
    }

    /// <summary>The basis as the JSON and the docs spell it.</summary>
    public static string Name(ConfidenceBasis basis) => basis switch
    {
        ConfidenceBasis.Calibrated => "calibrated",
        ConfidenceBasis.Transferred => "transferred",
        _ => "priors",
    };
}
