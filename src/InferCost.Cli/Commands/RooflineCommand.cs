using System.CommandLine;
using InferCost.Cli.Charts;
using InferCost.Analysis;
using InferCost.Reporting.Analysis;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost roofline</c>: the accelerator's roofline per precision, with the scenario's decode and prefill on it.</summary>
internal static class RooflineCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "roofline",
            "The accelerator's roofline at each precision (ridge = peak FLOP/s / bandwidth) with the scenario's decode and prefill placed on it (essay 001 figure 1).");
        var options = AnalysisOptions.AddTo(command, "Log-log roofline chart: one line per precision, decode and prefill marked, ridge dashed.");
        command.SetAction(parse =>
        {
            if (options.Resolve(parse, context) is not var (_, scenario))
            {
                return ExitCodes.BadInput;
            }

            var roofline = RooflineAnalysis.Of(scenario);
            if (!roofline.Succeeded)
            {
                return context.Fail(roofline.Errors, options.Scenario.LastInput);
            }

            options.Write(parse, RooflineReportBuilder.Build(roofline.Value), context.Out);
            if (options.PlotPath(parse) is { } path)
            {
                PlotFiles.Write(path, format => RooflineChart.Render(roofline.Value, format));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
