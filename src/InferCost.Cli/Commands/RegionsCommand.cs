using System.CommandLine;
using InferCost.Cli.Charts;
using InferCost.Analysis;
using InferCost.Reporting.Analysis;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost regions</c>: the scenario at every catalog region's power price, power layer shown apart.</summary>
internal static class RegionsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("regions", "$/1M tokens at each region's power price (essay 001 section 11.3), with the power layer shown separately.");
        var options = AnalysisOptions.AddTo(command, "Chart of $/1M output tokens by region, power layer stacked on the rest.");
        command.SetAction(parse =>
        {
            if (options.Resolve(parse, context) is not var (catalog, scenario))
            {
                return ExitCodes.BadInput;
            }

            var regions = RegionAnalysis.Compare(scenario, catalog.Regions.Values);
            if (!regions.Succeeded)
            {
                return context.Fail(regions.Errors, options.Scenario.LastInput);
            }

            options.Write(parse, RegionsReportBuilder.Build(regions.Value), context.Out);
            if (options.PlotPath(parse) is { } path)
            {
                PlotFiles.Write(path, format => RegionsChart.Render(regions.Value, format));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
