using System.CommandLine;
using InferCost.Analysis;
using InferCost.Cli.Charts;
using InferCost.Cli.Scenarios;
using InferCost.Reporting.Analysis;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost layouts</c>: every parallel layout of each deployment's GPUs, ranked by $/1M tokens, with tokens/s per GPU.</summary>
internal static class LayoutsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "layouts",
            "$/1M tokens and tokens/s per GPU for each parallel layout (tp x attention-dp x pp, ep) of each deployment's GPUs per replica, cheapest first; layouts that do not fit are listed with the reason.");
        var options = AnalysisOptions.AddTo(command, "Chart of $/1M output tokens against decode tokens/s per GPU, one marker per layout, one colour per deployment.");
        var deployments = new Option<string?>(CliFlags.OfInput(LayoutAnalysis.Input))
        {
            Description = "Deployments to lay out, accelerator:GPUs per replica, comma-separated (default for a mixture-of-experts model: 8 and 16 of --gpu and gb200:72; "
                + "for a dense model 1, 2, 4 and 8 of --gpu). The layout flags (--gpus, --tp, --pp, --ep, --attention-dp, --dp) are enumerated, not given; "
                + "--expert-skew and --redundant-experts apply to the expert-parallel layouts; --batch defaults to max.",
            HelpName = "h200-sxm:8,gb200:72",
        };
        command.Add(deployments);
        command.SetAction(parse =>
        {
            if (options.LoadCatalog(parse, context) is not { } catalog)
            {
                return ExitCodes.BadInput;
            }

            var input = options.Scenario.ReadInput(parse);
            if (!input.Succeeded)
            {
                return context.Fail(input.Errors);
            }

            var resolved = LayoutScenarioResolver.Resolve(input.Value, parse.GetValue(deployments), catalog);
            if (!resolved.Succeeded)
            {
                return context.Fail(resolved.Errors, input.Value);
            }

            var comparison = LayoutAnalysis.Compare(resolved.Value);
            if (!comparison.Succeeded)
            {
                return context.Fail(comparison.Errors, input.Value);
            }

            options.Write(parse, LayoutReportBuilder.Build(comparison.Value), context.Out);
            if (options.PlotPath(parse) is { } path)
            {
                PlotFiles.Write(path, format => LayoutChart.Render(comparison.Value, format));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
