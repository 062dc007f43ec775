using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Reporting.Inputs;
using InferCost.Results;

namespace InferCost.Reporting.Scenarios;

/// <summary>
/// Finds a model by catalog id, or reads a config.json the user points at. An existing file wins over a catalog id
/// (so a model given as config.txt reads the file); a name that is neither says which it looked like.
/// </summary>
public static class ModelResolver
{
    /// <summary>The model: a catalog entry by id, or one built from the config.json the value points at.</summary>
    public static Result<ModelEntry> Resolve(ScenarioValue value, InferCostCatalog catalog)
    {
        var text = value.Text.Trim();
        var kind = PathKinds.Of(text);
        if (kind != PathKind.File)
        {
            var looksLikePath = text.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.Contains('/') || text.Contains('\\');
            var found = catalog.FindModel(text);
            return found.Succeeded ? found
                : kind == PathKind.Directory ? Result.Fail<ModelEntry>(value.Origin, "", $"'{text}' is a directory, not a config.json file, and no catalog model has that id.")
                : looksLikePath ? Result.Fail<ModelEntry>(value.Origin, "", $"'{text}' looks like a path to a config.json, but there is no such file.")
                : Result.Fail<ModelEntry>(value.Origin, "", found.Errors[0].Reason);
        }

        if (PathKinds.ReadableFileProblem(text) is { } problem)
        {
            return Result.Fail<ModelEntry>(value.Origin, "", problem + "; the model is a catalog id or a readable config.json.");
        }

        var parsed = HfConfigParser.Parse(File.ReadAllText(text), text);
        if (!parsed.Succeeded)
        {
            return Result.Fail<ModelEntry>(parsed.Errors);
        }

        var id = Path.GetFileNameWithoutExtension(text);
        return Result.Ok(new ModelEntry(id, id, "user", text, new ModelProfile(parsed.Value), null, new SourceRef(Path.GetFullPath(text), "user file")));
    }
}
