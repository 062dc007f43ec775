using System.CommandLine;
using InferCost.Cli.Charts;
using InferCost.Explain;
using InferCost.Reporting.Rendering;
using InferCost.Reporting.Scenarios;
using InferCost.Reporting.Serving;
using InferCost.Serving;
using InferCost.Serving.Workloads;
using Spectre.Console;

namespace InferCost.Cli.Commands;

/// <summary><c>infercost simulate</c>: the request-level serving simulator on the scenario's deployment.</summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "simulate",
            "Simulate serving request by request (continuous batching, chunked prefill, paged KV, preemption) at a request rate, a concurrency or a trace: TTFT, TPOT, ITL and end-to-end latency (mean, P50, P90, P99), throughput, goodput, GPU busy, batch and queue.");
        var options = AnalysisOptions.AddTo(command, "One load: latency CDFs (TTFT, TPOT, end-to-end). A list of loads: output tokens/s and P99 TTFT against the offered load.");
        var simulation = SimulationOptions.AddTo(command, loads: true);
        command.SetAction(parse =>
        {
            var recordsPath = parse.GetValue(simulation.Records!);
            var timelinePath = parse.GetValue(simulation.TimelinePlot!);
            var force = options.Force is { } f && parse.GetValue(f);
            if (recordsPath is not null && OutputPaths.Problem(recordsPath, force) is { } problem)
            {
                return context.Fail([new Results.InputError("--records", "", problem)]);
            }

            if (timelinePath is not null && PlotFiles.Check(timelinePath, force) is { } plotProblem)
            {
                return context.Fail([new Results.InputError("--timeline-plot", "", plotProblem)]);
            }

            if (options.Resolve(parse, context) is not var (_, scenario))
            {
                return ExitCodes.BadInput;
            }

            var input = simulation.Read(parse);
            var plan = SimulationInputParser.Parse(input, scenario);
            if (!plan.Succeeded)
            {
                return context.Fail(plan.Errors);
            }

            if (timelinePath is not null && plan.Value.Loads.Length != 1)
            {
                return context.Fail([new Results.InputError("--timeline-plot", "", $"draws one run over time, but {plan.Value.Loads.Length} loads are given; give one load (or use --plot for the chart against the load).")]);
            }

            using var recordFile = recordsPath is null ? null : new StreamWriter(recordsPath);
            using var csv = recordFile is null ? null : new RequestRecordCsv(recordFile);
            var runs = Run(scenario, plan.Value, csv, context);
            if (!runs.Succeeded)
            {
                return context.Fail(runs.Errors, options.Scenario.LastInput);
            }

            var format = parse.GetValue(options.Format)!;
            var machine = SimulationOptions.ExplainInReport(format);
            var derivation = parse.GetValue(simulation.Explain) ? Derivation.Recording() : null;
            if (derivation is not null)
            {
                SimulationExplanation.RecordScenario(scenario, derivation);
                SimulationExplanation.Record(runs.Value, plan.Value.ServiceLevel, derivation);
            }

            options.Write(parse, SimulationReportBuilder.Build(scenario, plan.Value, runs.Value, everySlice: machine, machine ? derivation?.Steps : null), context.Out);
            if (derivation is not null && !machine)
            {
                context.Out.WriteLine();
                ExplainMarkdown.Write(derivation.Steps, context.Out);
            }

            if (options.PlotPath(parse) is { } path)
            {
                PlotFiles.Write(path, f => SimulationChart.Render(scenario, plan.Value, runs.Value, f));
            }

            if (timelinePath is not null)
            {
                PlotFiles.Write(timelinePath, f => SimulationTimelineChart.Render(scenario, plan.Value, runs.Value[0], f));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // A bar on the terminal for runs of many requests; never when standard error is redirected (CI, tests, pipes).
    private static Results.Result<IReadOnlyList<SimulationRun>> Run(InferCost.Scenarios.Scenario s, SimulationPlan plan, RequestRecordCsv? csv, CliContext context)
    {
        Action<double, RequestRecord>? sink = csv is null ? null : csv.Write;
        var total = plan.Kind == LoadKind.Trace ? plan.Trace!.Requests.Length * (long)plan.Loads.Length : plan.Requests * plan.Loads.Length;
        if (total < 100_000 || context.Error != Console.Error || Console.IsErrorRedirected)
        {
            return SimulationAnalysis.Run(s, plan, sink);
        }

        Results.Result<IReadOnlyList<SimulationRun>>? result = null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask($"Simulating {total:#,##0} requests", maxValue: total);
            result = SimulationAnalysis.Run(s, plan, sink, new SynchronousProgress(done => task.Value = done / (double)s.Replicas));
        });
        return result!;
    }

    // Reports on the simulating thread (Progress<T> would post to the thread pool and lag the bar).
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
