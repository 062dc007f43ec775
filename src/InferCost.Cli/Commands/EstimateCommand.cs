using System.CommandLine;
using InferCost.Cli.Rendering;
using InferCost.Reporting.Rendering;
using InferCost.Cli.Scenarios;
using InferCost.Estimation;
using InferCost.Fidelity;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost estimate</c>: one scenario, bottom-up, with its derivation on request.</summary>
internal static class EstimateCommand
{
    private static readonly IEstimateExporter[] Exporters = [ReportExporter.Table, new JsonExporter(), ReportExporter.Markdown, new CsvExporter()];

    public static Command Create(CliContext context)
    {
        var command = new Command("estimate", "Estimate throughput, latency, energy and $/1M tokens for one scenario, from the hardware up.");
        var scenarioOptions = ScenarioOptions.AddTo(command);
        var format = CommonOptions.Format([.. Exporters.Select(e => e.Name)]);
        var explain = new Option<bool>("--explain") { Description = "Also print the full derivation: every step's formula, inputs and result." };
        var catalog = CommonOptions.Catalog();
        var calibration = CommonOptions.Calibration();
        command.Add(calibration);
        command.Add(format);
        command.Add(explain);
        command.Add(catalog);
        command.SetAction(parse =>
        {
            if (context.LoadCatalog(parse.GetValue(catalog), parse.GetValue(calibration)) is not { } loaded)
            {
                return ExitCodes.BadInput;
            }

            var scenario = scenarioOptions.Resolve(parse, loaded);
            if (!scenario.Succeeded)
            {
                return context.Fail(scenario.Errors);
            }

            var estimate = CostEstimator.Estimate(scenario.Value).WithConfidence(loaded);
            if (!estimate.Succeeded)
            {
                return context.Fail(estimate.Errors, scenarioOptions.LastInput);
            }

            var exporter = Exporters.First(e => e.Name == parse.GetValue(format));
            exporter.Write(estimate.Value, parse.GetValue(explain), context.Out);
            return ExitCodes.Ok;
        });
        return command;
    }
}
