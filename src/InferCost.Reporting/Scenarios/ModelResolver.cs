using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Results;

namespace InferCost.Reporting.Scenarios;

/// <summary>Finds a model by catalog id, or reads a config.json the user points at.</summary>
public static class ModelResolver
{
    /// <summary>The model: a catalog entry by id, or one built from the config.json the value points at.</summary>
    public static Result<ModelEntry> Resolve(ScenarioValue value, InferCostCatalog catalog)
    {
        var text = value.Text.Trim();
        var looksLikePath = text.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.Contains('/') || text.Contains('\\');
        if (!looksLikePath)
        {
            var found = catalog.FindModel(text);
            return found.Succeeded ? found : Result.Fail<ModelEntry>(value.Origin, "", found.Errors[0].Reason);
        }

        if (!File.Exists(text))
        {
            return Result.Fail<ModelEntry>(value.Origin, "", $"'{text}' looks like a path to a config.json, but there is no such file.");
        }

        var parsed = HfConfigParser.Parse(File.ReadAllText(text), text);
        if (!parsed.Succeeded)
        {
            return Result.Fail<ModelEntry>(parsed.Errors);
        }

        var id = Path.GetFileNameWithoutExtension(text);
        return Result.Ok(new ModelEntry(id, id, text, new ModelProfile(parsed.Value), null, new SourceRef(Path.GetFullPath(text), "user file")));
    }
}
