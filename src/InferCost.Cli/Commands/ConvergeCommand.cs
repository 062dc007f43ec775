using System.CommandLine;
using InferCost.Architecture;
using InferCost.Cli.Charts;
using InferCost.Economics.Floor;
using InferCost.Economics.Market;
using InferCost.Explain;
using InferCost.Reporting.Catalogs;
using InferCost.Reporting.Economics;
using InferCost.Results;
using InferCost.Scenarios;

namespace InferCost.Cli.Commands;

/// <summary>
/// <c>infercost converge</c>: each tier's API list prices fitted log-linearly against date, the fitted decline beside
/// the essay's, and when the fit reaches a floor band (essay 000 section 7).
/// </summary>
internal static class ConvergeCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("converge", "Fit each tier's API list-price decline (frontier, commodity) and project when it reaches a floor band (essay 000 section 7).");
        var options = AnalysisOptions.AddTo(command,
            "Chart of the prices per tier (log scale) against date, the fitted lines extended to the floor band, and the band shaded.");
        var floorOptions = FloorOptions.AddTo(command);
        var floor = new Option<string?>("--floor")
        {
            Description = "The floor band to project to, LOW..HIGH in USD per 1M output tokens, e.g. 0.015..0.025 (default: the physical floor of the scenario, as infercost floor computes it: energy only .. energy + capital at best-case utilisation).",
            HelpName = "LOW..HIGH",
        };
        var prices = new Option<string?>("--prices")
        {
            Description = "More API prices as CSV in the format of data/market/api-prices.csv; its rows are added to the shipped table (a row on the same date as a shipped row of that model wins lookups).",
            HelpName = "FILE.csv",
        };
        var metric = new Option<string>("--metric") { Description = "Which list price to fit: output or input.", HelpName = "output|input", DefaultValueFactory = _ => "output" };
        var since = new Option<string?>("--since") { Description = "Fit only prices dated on or after this (YYYY-MM-DD or YYYY-MM).", HelpName = "DATE" };
        var until = new Option<string?>("--until") { Description = "Fit only prices dated on or before this (YYYY-MM-DD or YYYY-MM).", HelpName = "DATE" };
        foreach (var option in new Option[] { floor, prices, metric, since, until })
        {
            command.Add(option);
        }

        command.SetAction(parse =>
        {
            if (options.Resolve(parse, context) is not var (_, scenario))
            {
                return ExitCodes.BadInput;
            }

            var band = parse.GetValue(floor) is { } text ? ConvergeInputParser.Floor(text, "--floor") : ComputedFloor(parse, floorOptions, options, scenario);
            var settings = Settings(parse, band, metric, since, until);
            if (!settings.Succeeded)
            {
                return context.Fail(Flagged(settings.Errors), options.Scenario.LastInput);
            }

            var table = MarketFiles.Prices(parse.GetValue(prices), parse.GetValue(options.Catalog));
            var claims = CatalogChoice.SourceOf(parse.GetValue(options.Catalog)).Bind(PriceTables.LoadClaims);
            if (!table.Succeeded || !claims.Succeeded)
            {
                return context.Fail([.. table.Errors, .. claims.Errors]);
            }

            var result = ConvergenceAnalysis.Run(table.Value, settings.Value, claims.Value);
            if (!result.Succeeded)
            {
                return context.Fail(Flagged(result.Errors));
            }

            options.Write(parse, ConvergeReportBuilder.Build(result.Value), context.Out);
            if (options.PlotPath(parse) is { } chart)
            {
                PlotFiles.Write(chart, f => ConvergeChart.Render(result.Value, f));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // The physical floor of the scenario as a band: energy only .. energy + capital at the floor's best-case inputs.
    private static Result<FloorBand> ComputedFloor(ParseResult parse, FloorOptions floorOptions, AnalysisOptions options, Scenario scenario) =>
        floorOptions.Resolve(parse, parse.GetValue(options.Catalog))
            .Bind(r => FloorAnalysis.Compute(scenario, r.Assumptions, Derivation.Off()))
            .Map(f => f.Band with
            {
                Source = $"infercost floor of {scenario.Model.Id} on {scenario.Accelerator.Id} ({PrecisionFacts.Name(scenario.Weights)}, batch {f.Step.Batch}): energy only .. energy + capital",
            });

    private static Result<ConvergenceSettings> Settings(ParseResult parse, Result<FloorBand> floorBand, Option<string> metric, Option<string?> since, Option<string?> until)
    {
        var errors = new List<InputError>();
        var chosen = ConvergeInputParser.Metric(parse.GetValue(metric)!, "--metric");
        var from = parse.GetValue(since) is { } s ? ConvergeInputParser.Date(s, "--since", "since") : null;
        var to = parse.GetValue(until) is { } u ? ConvergeInputParser.Date(u, "--until", "until") : null;
        errors.AddRange(floorBand.Errors);
        errors.AddRange(chosen.Errors);
        errors.AddRange(from?.Errors ?? []);
        errors.AddRange(to?.Errors ?? []);
        return errors.Count > 0
            ? Result.Fail<ConvergenceSettings>(errors)
            : Result.Ok(new ConvergenceSettings(floorBand.Value, chosen.Value, from?.Value, to?.Value));
    }

    // Errors about an input the user gave as a flag are spelled with the flag (the engine names inputs by field id).
    private static List<InputError> Flagged(IReadOnlyList<InputError> errors) =>
        [.. errors.Select(e => e.Field is "since" or "until" or "floor" or "metric" && !e.Source.StartsWith("--", StringComparison.Ordinal)
            ? e with { Source = "--" + e.Field, Field = "" }
            : e.Source.StartsWith("--", StringComparison.Ordinal) ? e with { Field = "" } : e)];
}
