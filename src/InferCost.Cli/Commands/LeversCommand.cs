using System.CommandLine;
using InferCost.Cli.Charts;
using InferCost.Analysis;
using InferCost.Catalog;
using InferCost.Reporting.Analysis;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost levers</c>: essay 001 section 10's cost levers, each moved across its range, as a table and a tornado chart.</summary>
internal static class LeversCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "levers",
            "What moves $/1M tokens (essay 001 section 10): quantization, batch, context management, KV precision, utilisation, power price, PUE and model, each moved across its range with everything else held.");
        var options = AnalysisOptions.AddTo(command, "Tornado chart: each lever's bar runs from its cheapest to its dearest $/1M output tokens, base as a line.");
        var alternatives = new Option<string?>("--alternatives")
        {
            Description = $"Comma-separated catalog model ids for the model-efficiency lever (default {string.Join(",", LeverRanges.DefaultAlternatives)}).",
            HelpName = "id,id",
        };
        command.Add(alternatives);
        command.SetAction(parse =>
        {
            if (options.Resolve(parse, context) is not var (catalog, scenario))
            {
                return ExitCodes.BadInput;
            }

            var models = Models(catalog, parse.GetValue(alternatives));
            if (!models.Succeeded)
            {
                return context.Fail(models.Errors);
            }

            var result = LeverAnalysis.Run(scenario, LeverRanges.For(scenario, catalog.Regions.Values, models.Value));
            if (!result.Succeeded)
            {
                return context.Fail(result.Errors, options.Scenario.LastInput);
            }

            options.Write(parse, LeversReportBuilder.Build(result.Value), context.Out);
            if (options.PlotPath(parse) is { } path)
            {
                if (result.Value.Swings.Count == 0)
                {
                    ChartNotes.NotDrawn(context, path, "no lever has a feasible setting other than the base");
                }
                else
                {
                    PlotFiles.Write(path, format => LeversChart.Render(result.Value, format));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // Every id is looked up, so that all the unknown ones are reported at once.
    private static Result<IReadOnlyList<ModelEntry>> Models(InferCostCatalog catalog, string? text)
    {
        var ids = text is null
            ? LeverRanges.DefaultAlternatives
            : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        if (ids.Count == 0)
        {
            return Result.Fail<IReadOnlyList<ModelEntry>>("--alternatives", "", "give at least one catalog model id, e.g. --alternatives llama-4-scout,deepseek-v3.");
        }

        var found = ids.Select(id => catalog.FindModel(id, "alternatives")).ToList();
        var errors = found.SelectMany(f => f.Errors).ToList();
        return errors.Count > 0
            ? Result.Fail<IReadOnlyList<ModelEntry>>(errors)
            : Result.Ok<IReadOnlyList<ModelEntry>>([.. found.Select(f => f.Value)]);
    }
}
