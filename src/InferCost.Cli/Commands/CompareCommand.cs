using System.CommandLine;
using InferCost.Analysis;
using InferCost.Cli.Charts;
using InferCost.Fidelity;
using InferCost.Reporting.Analysis;
using InferCost.Reporting.Inputs;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost compare a.yaml b.yaml ...</c>: scenario files side by side, with their cost stacks.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "compare",
            "Scenario files side by side (essay 001 section 8.2): latency, throughput, $/1M tokens and each cost layer, with each scenario's multiple of the first. Scenario flags apply on top of every file.");
        var files = new Argument<string[]>("scenarios")
        {
            Description = "Scenario YAML files (the format `estimate --scenario` reads); each becomes a column named by its file name.",
            Arity = ArgumentArity.OneOrMore,
        };
        command.Add(files);
        var options = AnalysisOptions.AddTo(command, "Stacked bars of $/1M output tokens by cost layer, one bar per scenario.", scenarioFile: false);
        command.SetAction(parse =>
        {
            if (options.LoadCatalog(parse, context) is not { } catalog)
            {
                return ExitCodes.BadInput;
            }

            var paths = parse.GetValue(files) ?? [];
            var names = ColumnNames(paths);
            var errors = new List<InputError>();
            var scenarios = new List<NamedScenario>();
            for (var i = 0; i < paths.Length; i++)
            {
                if (PathKinds.ReadableFileProblem(paths[i]) is { } problem)
                {
                    errors.Add(new InputError("compare", "", problem + "; compare takes scenario YAML files, as `estimate --scenario` reads them."));
                    continue;
                }

                var scenario = options.Scenario.Resolve(parse, catalog, paths[i]);
                if (scenario.Succeeded)
                {
                    scenarios.Add(new NamedScenario(names[i], scenario.Value));
                }
                else
                {
                    errors.AddRange(scenario.Errors.Select(e => NameFile(e, Path.GetFileName(paths[i]))));
                }
            }

            if (errors.Count > 0)
            {
                return context.Fail(errors);
            }

            var compared = ComparisonAnalysis.Compare(scenarios);
            if (!compared.Succeeded)
            {
                return context.Fail(compared.Errors);
            }

            // Every estimate says how far to trust it, in a comparison too.
            IReadOnlyList<ComparedScenario> trusted = [.. compared.Value.Select(c => c with { Outcome = c.Outcome.WithConfidence(catalog) })];
            options.Write(parse, CompareReportBuilder.Build(trusted), context.Out);
            if (options.PlotPath(parse) is { } path)
            {
                if (compared.Value.All(c => c.Estimate is null))
                {
                    ChartNotes.NotDrawn(context, path, "no scenario runs");
                }
                else
                {
                    PlotFiles.Write(path, format => CompareChart.Render(compared.Value, format));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Column names: file names without extension; a name met again gets " (2)", " (3)", ... so no column hides another.</summary>
    internal static IReadOnlyList<string> ColumnNames(IReadOnlyList<string> paths)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. paths.Select(p =>
        {
            var name = Path.GetFileNameWithoutExtension(p);
            seen[name] = seen.GetValueOrDefault(name) + 1;
            return seen[name] == 1 ? name : $"{name} ({seen[name]})";
        })];
    }

    // A flag's error (--batch: ...) is reported once per file, named by the file it broke, so every error says where.
    private static InputError NameFile(InputError e, string file) =>
        e.Source.StartsWith(file, StringComparison.Ordinal) ? e : e with { Source = $"{file}: {e.Source}" };
}
