using System.CommandLine;
using InferCost.Catalog;
using InferCost.Cli.Charts;
using InferCost.Economics.Projection;
using InferCost.Reporting.Economics;
using InferCost.Results;
using InferCost.Scenarios.Fields;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost project</c>: the scenario on each hardware generation, and essay 000's cost-stack shares by generation and year.</summary>
internal static class ProjectCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "project",
            "$/1M tokens, cost stack and decode compute utilisation on each hardware generation (A100 to Vera Rubin, then extrapolated from per-generation rates), and essay 000's cost-stack shares by generation and year (sections 2-3).");
        var options = AnalysisOptions.AddTo(command, "Log chart of $/1M output and input tokens by generation.");
        var plotShares = new Option<string?>("--plot-shares")
        {
            Description = "Chart of essay 000's cost-stack shares by year, stacked to 100%. Written as PNG or SVG by the file's extension.",
            HelpName = "FILE.png|FILE.svg",
        };
        var generationRates = Pairs("--generation-rate", "FIGURE=X", $"Per-generation rate of an extrapolated figure ({string.Join(", ", GenerationFigures.All.Select(GenerationFigures.Id))}), from {GenerationFigures.MinRate} to {GenerationFigures.MaxRate}; repeat or comma-separate. Default: the catalog's (data/generations.yaml).");
        var generations = new Option<int?>("--generations") { Description = $"Generations to extrapolate after the last catalogued one, 0 to {GenerationSeries.MaxCount} (default: the catalog's).", HelpName = "N" };
        var generationYears = new Option<double?>("--generation-years") { Description = "Years between extrapolated generations (default: the catalogued series' mean).", HelpName = "YEARS" };
        var stackRates = Pairs("--stack-rate", "COMPONENT=X", $"Essay 000 reduction rate per generation of a cost-stack component (hbm-bandwidth, compute, capital, cooling-power), from {CostStackLimits.MinRate} to {CostStackLimits.MaxRate}. Default: the middle of the essay's range.");
        var stackShares = Pairs("--stack-share", "COMPONENT=S", "Today's share (0-1) of a cost-stack component; the four must still sum to 1. Default: the essay's 38/28/22/12%.");
        var stackYears = new Option<double?>("--stack-years") { Description = "Years per generation for the cost-stack shares by year (default 2: H100 2022, B200 2024, Rubin 2026).", HelpName = "YEARS" };
        foreach (var o in new Option[] { plotShares, generationRates, generations, generationYears, stackRates, stackShares, stackYears })
        {
            command.Add(o);
        }

        command.SetAction(parse =>
        {
            var hardwareRates = ProjectOverridesParser.Parse(parse.GetValue(generationRates) ?? [], "--generation-rate");
            var rates = ProjectOverridesParser.Parse(parse.GetValue(stackRates) ?? [], "--stack-rate");
            var shares = ProjectOverridesParser.Parse(parse.GetValue(stackShares) ?? [], "--stack-share");
            var sharesPlot = parse.GetValue(plotShares);
            var force = options.Force is not null && parse.GetValue(options.Force);
            var parseErrors = hardwareRates.Errors.Concat(rates.Errors).Concat(shares.Errors).ToList();
            if (sharesPlot is not null && PlotFiles.Check(sharesPlot, force) is { } problem)
            {
                parseErrors.Add(new InputError("--plot-shares", "", problem));
            }

            if (parseErrors.Count > 0)
            {
                return context.Fail(parseErrors);
            }

            if (options.Resolve(parse, context) is not var (catalog, scenario))
            {
                return ExitCodes.BadInput;
            }

            var fixedPrice = options.Scenario.LastInput?.Get(ScenarioFields.Capex) is not null;
            var projection = ProjectionAnalysis.Run(
                scenario,
                catalog,
                new GenerationOverrides(hardwareRates.Value, parse.GetValue(generations), parse.GetValue(generationYears)),
                new CostStackOverrides(rates.Value, shares.Value, parse.GetValue(stackYears)),
                fixedPrice);
            if (!projection.Succeeded)
            {
                return context.Fail(projection.Errors, options.Scenario.LastInput);
            }

            options.Write(parse, ProjectReportBuilder.Build(projection.Value), context.Out);
            if (options.PlotPath(parse) is { } path)
            {
                if (projection.Value.Generations.All(g => g.Estimate is null))
                {
                    ChartNotes.NotDrawn(context, path, "no generation can serve the scenario");
                }
                else
                {
                    PlotFiles.Write(path, format => GenerationCostChart.Render(projection.Value, format));
                }
            }

            if (sharesPlot is not null)
            {
                PlotFiles.Write(sharesPlot, format => ShareChart.Render(projection.Value, format));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<string[]> Pairs(string name, string help, string description) => new(name)
    {
        Description = description,
        HelpName = help,
        AllowMultipleArgumentsPerToken = false,
    };
}
