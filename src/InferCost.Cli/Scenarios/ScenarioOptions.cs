using System.CommandLine;
using InferCost.Catalog;
using InferCost.Scenarios;
using InferCost.Validation;

namespace InferCost.Cli.Scenarios;

/// <summary>The scenario flags of a command, and how they combine with a --scenario file.</summary>
internal sealed class ScenarioOptions
{
    private readonly Dictionary<ScenarioField, Option<string?>> _options = [];
    private readonly Option<string?> _file = new("--scenario")
    {
        Description = "A YAML scenario file with the same fields as the flags (camelCase: powerPrice, lifeYears, ...); flags override it.",
        HelpName = "FILE.yaml",
    };

    /// <summary>Adds the scenario flags to a command.</summary>
    public static ScenarioOptions AddTo(Command command)
    {
        var options = new ScenarioOptions();
        foreach (var field in ScenarioField.All)
        {
            var option = new Option<string?>("--" + field.Flag) { Description = field.Help };
            options._options[field] = option;
            command.Add(option);
        }

        command.Add(options._file);
        return options;
    }

    /// <summary>Reads the file (if any) and the flags into a scenario.</summary>
    public Result<Scenario> Resolve(ParseResult parse, InferCostCatalog catalog)
    {
        var input = Read(parse);
        return input.Succeeded ? ScenarioResolver.Resolve(input.Value, catalog) : Result.Fail<Scenario>(input.Errors);
    }

    /// <summary>Reads the file (if any) and the flags as raw text, for commands that interpret values before resolving them.</summary>
    public Result<ScenarioInput> Read(ParseResult parse)
    {
        var input = new ScenarioInput();
        if (parse.GetValue(_file) is { } path)
        {
            var errors = ScenarioFileReader.Read(path, input);
            if (errors.Count > 0)
            {
                return Result.Fail<ScenarioInput>(errors);
            }
        }

        foreach (var (field, option) in _options)
        {
            if (parse.GetValue(option) is { } text)
            {
                input.SetFromFlag(field, new ScenarioValue(text, "--" + field.Flag));
            }
        }

        return Result.Ok(input);
    }
}
