using InferCost.Reporting.Inputs;
using InferCost.Results;
using InferCost.Scenarios.Fields;
using YamlDotNet.RepresentationModel;

namespace InferCost.Reporting.Scenarios;

/// <summary>Reads a scenario YAML file (a mapping of the same fields as the flags, camelCase) into a <see cref="ScenarioInput"/>.</summary>
public static class ScenarioFileReader
{
    /// <summary>Adds the file's values to <paramref name="input"/>; returns the problems found.</summary>
    public static IReadOnlyList<InputError> Read(string path, ScenarioInput input)
    {
        if (PathKinds.ReadableFileProblem(path) is { } problem)
        {
            return [new InputError("--scenario", "", problem + "; give a YAML scenario file (see examples/).")];
        }

        var name = Path.GetFileName(path);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return [new InputError(name, "", $"is not valid YAML (line {e.Start.Line}, column {e.Start.Column}): {e.Message}")];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return [new InputError(name, "", "must be a YAML mapping of scenario fields, e.g. 'model: llama-3.1-70b'.")];
        }

        var errors = new List<InputError>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var field = input.Fields.FirstOrDefault(f => f.YamlKey == key);
            if (field is null)
            {
                errors.Add(new InputError(name, key, $"is not a scenario field (line {keyNode.Start.Line}); known: {string.Join(", ", input.Fields.Select(f => f.YamlKey))}."));
                continue;
            }

            if (field == ScenarioFields.Disaggregate && valueNode is YamlMappingNode block)
            {
                errors.AddRange(DisaggregationBlock.Read(block, name, input));
                continue;
            }

            if (valueNode is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                errors.Add(new InputError(name, key, $"must be a single value (line {valueNode.Start.Line})."));
                continue;
            }

            input.SetFromFile(field, new ScenarioValue(text, $"{name}: {key}"));
        }

        return errors;
    }
}
