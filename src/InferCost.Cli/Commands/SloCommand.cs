using System.CommandLine;
using InferCost.Explain;
using InferCost.Reporting.Rendering;
using InferCost.Reporting.Serving;
using InferCost.Serving;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost slo</c>: the highest request rate within a service level, and the $/1M tokens it costs there.</summary>
internal static class SloCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "slo",
            "The highest request rate the deployment sustains within a latency objective (--slo ttft_p90=2s,tpot_p99=100ms), found by simulation, with $/1M output and input tokens at that rate (GPU busy time and power measured, not assumed) and the TTFT tax over the throughput-optimal cost.");
        var options = AnalysisOptions.AddTo(command, plotDescription: null);
        var simulation = SimulationOptions.AddTo(command, loads: false);
        command.SetAction(parse =>
        {
            if (options.Resolve(parse, context) is not var (_, scenario))
            {
                return ExitCodes.BadInput;
            }

            var plan = SimulationInputParser.ParseForSearch(simulation.Read(parse), scenario);
            if (!plan.Succeeded)
            {
                return context.Fail(plan.Errors);
            }

            var derivation = parse.GetValue(simulation.Explain) ? Derivation.Recording() : Derivation.Off();
            var result = SloSearch.Run(scenario, plan.Value, plan.Value.ServiceLevel!, derivation);
            if (!result.Succeeded)
            {
                return context.Fail(result.Errors, options.Scenario.LastInput);
            }

            var inReport = derivation.IsRecording && SimulationOptions.ExplainInReport(parse.GetValue(options.Format)!);
            options.Write(parse, SloReportBuilder.Build(scenario, plan.Value, result.Value, inReport ? derivation.Steps : null), context.Out);
            if (derivation.IsRecording && !inReport)
            {
                context.Out.WriteLine();
                ExplainMarkdown.Write(derivation.Steps, context.Out);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
