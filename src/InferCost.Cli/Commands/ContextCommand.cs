using System.CommandLine;
using InferCost.Cli.Charts;
using InferCost.Cli.Scenarios;
using InferCost.Analysis;
using InferCost.Reporting.Analysis;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost context</c>: the scenario at each context length, with what a context that does not fit would need.</summary>
internal static class ContextCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "context",
            "$/1M tokens at each context length from 2K to 1M (essay 001 section 9): KV per request, the batch that still fits, the multiplier over 4K, and the TP or KV offload a context that does not fit would need.");
        var options = AnalysisOptions.AddTo(command, "Log-log chart of $/1M output tokens against context.");
        var contexts = new Option<string?>(CliFlags.OfInput(ContextListParser.Input))
        {
            Description = "Context lengths (input tokens) to estimate, comma-separated, k = 1,024 (default 2k,4k,8k,16k,32k,64k,128k,256k,512k,1m). The scenario's --input is replaced; its --output is kept.",
            HelpName = "4k,32k,128k",
        };
        command.Add(contexts);
        command.SetAction(parse =>
        {
            var list = ContextAnalysis.DefaultContexts;
            if (parse.GetValue(contexts) is { } text)
            {
                var parsed = ContextListParser.Parse(text);
                if (!parsed.Succeeded)
                {
                    return context.Fail(parsed.Errors);
                }

                list = parsed.Value;
            }

            if (options.Resolve(parse, context) is not var (_, scenario))
            {
                return ExitCodes.BadInput;
            }

            var sweep = ContextAnalysis.Sweep(scenario, list);
            if (!sweep.Succeeded)
            {
                return context.Fail(sweep.Errors, options.Scenario.LastInput);
            }

            options.Write(parse, ContextReportBuilder.Build(sweep.Value), context.Out);
            if (options.PlotPath(parse) is { } path)
            {
                if (sweep.Value.Rows.All(r => r.ServedEstimate is null))
                {
                    ChartNotes.NotDrawn(context, path, "no context length can be served");
                }
                else
                {
                    PlotFiles.Write(path, format => ContextChart.Render(sweep.Value, format));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
