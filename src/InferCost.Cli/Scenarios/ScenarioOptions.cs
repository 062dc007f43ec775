using System.CommandLine;
using InferCost.Catalog;
using InferCost.Scenarios;
using InferCost.Reporting.Scenarios;
using InferCost.Results;
using InferCost.Scenarios.Fields;

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

    private bool _hasFile;

    private IReadOnlyList<ScenarioField> _fields = ScenarioFields.All;

    /// <summary>
    /// Adds the scenario flags to a command, one per field of <paramref name="fields"/> (the shipped table when null),
    /// and the --scenario file option unless <paramref name="fileOption"/> is false (for a command whose scenario files
    /// are its arguments).
    /// </summary>
    public static ScenarioOptions AddTo(Command command, bool fileOption = true, IReadOnlyList<ScenarioField>? fields = null)
    {
        var options = new ScenarioOptions { _fields = fields ?? ScenarioFields.All };
        foreach (var field in options._fields)
        {
            var option = new Option<string?>(CliFlags.Of(field)) { Description = field.Help };
            options._options[field] = option;
            command.Add(option);
        }

        if (fileOption)
        {
            command.Add(options._file);
            options._hasFile = true;
        }

        return options;
    }

    /// <summary>Reads the --scenario file (if any) and the flags into a scenario.</summary>
    public Result<Scenario> Resolve(ParseResult parse, InferCostCatalog catalog) =>
        Resolve(parse, catalog, _hasFile ? parse.GetValue(_file) : null);

    /// <summary>Reads the scenario file at <paramref name="path"/> (none when null) with the flags laid over it.</summary>
    public Result<Scenario> Resolve(ParseResult parse, InferCostCatalog catalog, string? path)
    {
        var input = ReadInput(parse, path);
        return input.Succeeded ? ScenarioResolver.Resolve(input.Value, catalog) : Result.Fail<Scenario>(input.Errors);
    }

    /// <summary>Reads the --scenario file (if any) and the flags as raw values, unresolved (a sweep expands lists in them first).</summary>
    public Result<ScenarioInput> ReadInput(ParseResult parse) => ReadInput(parse, _hasFile ? parse.GetValue(_file) : null);

    /// <summary>
    /// The raw values last read (by <see cref="Resolve(ParseResult, InferCostCatalog)"/> or <see cref="ReadInput(ParseResult)"/>):
    /// where each came from, so that an engine error found after resolution can point at it.
    /// </summary>
    public ScenarioInput? LastInput { get; private set; }

    /// <summary>Reads the scenario file at <paramref name="path"/> (none when null) and the flags as raw values.</summary>
    public Result<ScenarioInput> ReadInput(ParseResult parse, string? path)
    {
        var input = new ScenarioInput(CliFlags.Of, _fields);
        LastInput = input;
        if (path is not null)
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
                input.SetFromFlag(field, new ScenarioValue(text, CliFlags.Of(field)));
            }
        }

        return Result.Ok(input);
    }
}
