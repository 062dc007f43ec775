using System.CommandLine;
using InferCost.Cli.Charts;
using InferCost.Economics.Floor;
using InferCost.Explain;
using InferCost.Reporting.Economics;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Cli.Commands;

/// <summary>
/// <c>infercost floor</c>: essay 000 section 6 as a computation for any scenario: the physical cost floor layer by layer
/// (memory energy per decode step, per token at the batch, + compute, interconnect and PUE, + capital at best-case
/// utilisation), beside today's estimate.
/// </summary>
internal static class FloorCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("floor",
            "The physical cost floor (essay 000 section 6): memory energy per decode step, then per output token at the batch, + compute, interconnect and facility overhead at a best-case power price and PUE, + capital at best-case utilisation and life; beside today's estimate.");
        var options = AnalysisOptions.AddTo(command, "Chart of the floor's layers, cumulative, beside today's estimate (log axis).");
        var powerPrice = new Option<double?>("--floor-power-price")
        {
            Description = "The floor's power price, USD/kWh (default: the best case in data/floor.yaml, $0.04/kWh; --power-price prices today's estimate).",
            HelpName = "USD/kWh",
        };
        var pue = new Option<double?>("--floor-pue") { Description = "The floor's PUE, 1-3 (default: the best case in data/floor.yaml, 1.1; --pue prices today's estimate).", HelpName = "PUE" };
        var utilisation = new Option<double?>("--floor-utilisation")
        {
            Description = "The floor's utilisation, above 0 and at most 1 (default: data/floor.yaml, 1.0; --utilisation prices today's estimate).",
            HelpName = "fraction",
        };
        var life = new Option<double?>("--floor-life-years")
        {
            Description = "Years the floor spreads capital over, 0.1-20 (default: data/floor.yaml, 6; --life-years prices today's estimate).",
            HelpName = "years",
        };
        var explain = new Option<bool>("--explain") { Description = "Also print the derivation: every step's formula, inputs and result." };
        command.Add(powerPrice);
        command.Add(pue);
        command.Add(utilisation);
        command.Add(life);
        command.Add(explain);
        command.SetAction(parse =>
        {
            if (options.Resolve(parse, context) is not var (_, scenario))
            {
                return ExitCodes.BadInput;
            }

            var defaults = FloorDefaultsChoice.Load(parse.GetValue(options.Catalog));
            if (!defaults.Succeeded)
            {
                return context.Fail(defaults.Errors);
            }

            var best = defaults.Value.Assumptions;
            var assumptions = new FloorAssumptions(
                parse.GetValue(powerPrice) is { } p ? new DollarsPerKilowattHour(p) : best.PowerPrice,
                parse.GetValue(pue) ?? best.Pue,
                parse.GetValue(utilisation) ?? best.Utilisation,
                parse.GetValue(life) ?? best.LifeYears);
            var floor = FloorAnalysis.Compare(scenario, assumptions, [], Derivation.Recording());
            if (!floor.Succeeded)
            {
                return context.Fail(floor.Errors, options.Scenario.LastInput);
            }

            var format = parse.GetValue(options.Format)!;
            var withExplain = parse.GetValue(explain);
            var inReport = withExplain && format is "json" or "csv";
            options.Write(parse, FloorReportBuilder.Build(floor.Value, defaults.Value.Sources, inReport), context.Out);
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
