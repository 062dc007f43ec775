using System.CommandLine;
using System.Globalization;
using InferCost.Cli.Charts;
using InferCost.Economics.Floor;
using InferCost.Economics.Market;
using InferCost.Explain;
using InferCost.Reporting.Economics;
using InferCost.Reporting.Rendering;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary>
/// <c>infercost floor</c>: essay 000 section 6 as a computation for any scenario: the physical cost floor layer by layer
/// (memory energy per decode step, per token at the batch, + compute, interconnect and PUE, + capital at best-case
/// utilisation), beside today's estimate.
/// </summary>
internal static class FloorCommand
{
    // The market prices held against the floor: each tier's cheapest and dearest among the models listed in the last two years.
    private const int MarketWindowYears = 2;

    public static Command Create(CliContext context)
    {
        var command = new Command("floor",
            "The physical cost floor (essay 000 section 6): memory energy per decode step, then per output token at the batch, + compute, interconnect and facility overhead at a best-case power price and PUE, + capital at best-case utilisation and life; beside today's estimate.");
        var options = AnalysisOptions.AddTo(command, "Chart of the floor's layers, cumulative, beside today's estimate (log axis).");
        var floorOptions = FloorOptions.AddTo(command);
        var explain = new Option<bool>("--explain") { Description = "Also print the derivation: every step's formula, inputs and result." };
        var pricesFile = new Option<string?>("--prices")
        {
            Description = "More API prices as CSV in the format of data/market/api-prices.csv, added to the shipped table the floor is compared with (each tier's cheapest and dearest current list price).",
            HelpName = "FILE.csv",
        };
        var asOf = new Option<string?>("--as-of") { Description = "The date whose list prices the floor is compared with (default: today).", HelpName = "DATE" };
        command.Add(explain);
        command.Add(pricesFile);
        command.Add(asOf);
        command.SetAction(parse =>
        {
            if (options.Resolve(parse, context) is not var (_, scenario))
            {
                return ExitCodes.BadInput;
            }

            var resolved = floorOptions.Resolve(parse, parse.GetValue(options.Catalog));
            var prices = MarketFiles.Prices(parse.GetValue(pricesFile), parse.GetValue(options.Catalog));
            var date = parse.GetValue(asOf) is { } text
                ? ConvergeInputParser.Date(text, "--as-of", "")
                : Result.Ok(DateOnly.FromDateTime(DateTime.UtcNow));
            if (!resolved.Succeeded || !prices.Succeeded || !date.Succeeded)
            {
                return context.Fail([.. resolved.Errors, .. prices.Errors, .. date.Errors]);
            }

            var (assumptions, defaults) = resolved.Value;
            var market = prices.Value.TierExtremes(date.Value, MarketWindowYears)
                .Select(p => new FloorMarketPrice($"{p.Provider} {p.Model} ({PriceTiers.Name(p.Tier)})", p.Output, p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                .ToList();
            var floor = FloorAnalysis.Compare(scenario, assumptions, market, Derivation.Recording());
            if (!floor.Succeeded)
            {
                return context.Fail(floor.Errors, options.Scenario.LastInput);
            }

            var format = parse.GetValue(options.Format)!;
            var withExplain = parse.GetValue(explain);
            var inReport = withExplain && format is "json" or "csv";
            options.Write(parse, FloorReportBuilder.Build(floor.Value, defaults.Sources, inReport), context.Out);
            if (withExplain && !inReport)
            {
                context.Out.WriteLine();
                ExplainMarkdown.Write(floor.Value.Floor.Steps, context.Out);
            }

            if (options.PlotPath(parse) is { } path)
            {
                PlotFiles.Write(path, f => FloorChart.Render(floor.Value, f));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
