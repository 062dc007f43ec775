using InferCost.Reporting.Scenarios;
using InferCost.Results;

namespace InferCost.Reporting.Analysis;

/// <summary>Parses a list of contexts, <c>4k,32k,128k</c>: comma-separated token counts, each read like <c>--input</c>.</summary>
public static class ContextListParser
{
    /// <summary>The canonical id of the list input, as errors name it (a face spells it its own way: the CLI's --contexts).</summary>
    public const string Input = "contexts";

    /// <summary>The context lengths in a comma list (k/m suffixes allowed), or why the text is not one.</summary>
    public static Result<IReadOnlyList<int>> Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts.Any(p => p.Length == 0))
        {
            return Result.Fail<IReadOnlyList<int>>(Input, "", $"'{text}' is not a list of contexts; separate token counts with commas, e.g. 4k,32k,128k (a count itself takes no thousands separator).");
        }

        var contexts = new List<int>(parts.Length);
        var errors = new List<InputError>();
        foreach (var part in parts)
        {
            var tokens = InputParsers.TokenCount(new ScenarioValue(part, Input));
            if (tokens.Succeeded)
            {
                contexts.Add(tokens.Value);
            }
            else
            {
                errors.AddRange(tokens.Errors);
            }
        }

        return errors.Count > 0 ? Result.Fail<IReadOnlyList<int>>(errors) : Result.Ok<IReadOnlyList<int>>(contexts);
    }
}
