using System.CommandLine;
using InferCost.Economics.Tasks;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Reporting.Catalogs;
using InferCost.Reporting.Economics;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost task</c>: cost per completed task (essays 003 and 004), and how it moves when tokens get cheaper but tasks take more of them.</summary>
internal static class TaskCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "task",
            "Cost per completed task (essays 003, 004): tokens per call (the scenario's --input/--output) x calls per task x a reasoning/agentic multiplier, priced at the scenario's bottom-up $/1M input and output or at list prices; the net change per task when the per-token price falls N x and tokens per task rise M x (N / M); essay 004's ticket arithmetic checked.");
        var options = AnalysisOptions.AddTo(command, plotDescription: null);
        var shape = new Option<string?>("--" + TaskFields.Shape) { Description = "Task shape from data/economics/tasks.yaml: chat, reasoning (50x tokens), agentic (100x), support-ticket (200 calls; the default).", HelpName = "ID" };
        var calls = new Option<double?>("--" + TaskFields.Calls) { Description = "LLM calls per task (default: the shape's), a whole number from 1 to 1,000,000.", HelpName = "N" };
        var multiplier = new Option<double?>("--" + TaskFields.Multiplier) { Description = "Multiplier on the task's tokens, input and output alike (default: the shape's; essay 003: 10-100x for reasoning and agents).", HelpName = "X" };
        var inputPrice = new Option<double?>("--" + TaskFields.InputPrice) { Description = "List price, USD per 1M input tokens (with --output-price; default: the scenario's bottom-up estimate).", HelpName = "USD" };
        var outputPrice = new Option<double?>("--" + TaskFields.OutputPrice) { Description = "List price, USD per 1M output tokens (with --input-price).", HelpName = "USD" };
        var priceDrop = new Option<double?>("--" + TaskFields.PriceDrop) { Description = "Your pair: the per-token price falls N x (with --token-growth; the one not given is 1).", HelpName = "N" };
        var tokenGrowth = new Option<double?>("--" + TaskFields.TokenGrowth) { Description = "Your pair: tokens per task rise M x.", HelpName = "M" };
        foreach (var o in new Option[] { shape, calls, multiplier, inputPrice, outputPrice, priceDrop, tokenGrowth })
        {
            command.Add(o);
        }

        command.SetAction(parse =>
        {
            if (options.Resolve(parse, context) is not var (_, scenario))
            {
                return ExitCodes.BadInput;
            }

            var tasks = CatalogChoice.SourceOf(parse.GetValue(options.Catalog)).Bind(TaskCatalogLoader.Load);
            if (!tasks.Succeeded)
            {
                return context.Fail(tasks.Errors);
            }

            var preset = parse.GetValue(shape) is { } id ? tasks.Value.FindShape(id) : Result.Ok(tasks.Value.DefaultShape);
            if (!preset.Succeeded)
            {
                return context.Fail(preset.Errors);
            }

            var taskShape = TaskShape.Create(
                scenario.InputTokens, scenario.OutputTokens, parse.GetValue(calls) ?? preset.Value.CallsPerTask, parse.GetValue(multiplier) ?? preset.Value.TokenMultiplier);
            var pairs = new List<NetChange>();
            var errors = new List<InputError>(taskShape.Errors);
            if (parse.GetValue(priceDrop) is not null || parse.GetValue(tokenGrowth) is not null)
            {
                var mine = NetChange.Of("yours", parse.GetValue(priceDrop) ?? 1, parse.GetValue(tokenGrowth) ?? 1);
                errors.AddRange(mine.Errors);
                if (mine.Succeeded)
                {
                    pairs.Add(mine.Value);
                }
            }

            pairs.AddRange(tasks.Value.NetChanges);
            Estimate? estimate = null;
            TokenPrices? prices = null;
            var (listIn, listOut) = (parse.GetValue(inputPrice), parse.GetValue(outputPrice));
            if (listIn is not null || listOut is not null)
            {
                if (listIn is null || listOut is null)
                {
                    errors.Add(new InputError("--" + (listIn is null ? TaskFields.InputPrice : TaskFields.OutputPrice), "", "list prices come in pairs: give both --input-price and --output-price (USD per 1M tokens), or neither to use the scenario's bottom-up estimate."));
                }
                else
                {
                    var list = TokenPrices.List(listIn.Value, listOut.Value);
                    errors.AddRange(list.Errors);
                    prices = list.Succeeded ? list.Value : null;
                }
            }

            if (errors.Count > 0)
            {
                return context.Fail(errors);
            }

            if (prices is null)
            {
                var e = CostEstimator.Estimate(scenario, Derivation.Off());
                if (!e.Succeeded)
                {
                    return context.Fail(e.Errors, options.Scenario.LastInput);
                }

                estimate = e.Value;
                prices = TokenPrices.FromEstimate(estimate);
            }

            var result = TaskAnalysis.Run(taskShape.Value, prices, pairs, tasks.Value.Ticket, Derivation.Off());
            options.Write(parse, TaskReportBuilder.Build(result, preset.Value, estimate), context.Out);
            return ExitCodes.Ok;
        });
        return command;
    }
}
