using System.CommandLine;
using InferCost.Cli.Charts;
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
        Option<string?> Add(string name, string help, string helpName)
        {
            var option = new Option<string?>(name) { Description = help, HelpName = helpName };
            command.Add(option);
            return option;
        }

        var rate = Add("--rate", $"Open loop: requests per second for the whole deployment ({WorkloadLimits.MinRate} to {WorkloadLimits.MaxRate:#,##0}), or a comma list for one run each.", "R[,R...]");
        var concurrency = Add("--concurrency", $"Closed loop: users for the whole deployment, each sending its next request when the last finishes (1 to {SimulationLimits.MaxConcurrency:#,##0}), or a comma list.", "N[,N...]");
        var trace = Add("--trace", $"Open loop: replay a trace at its own arrival times: {string.Join(" or ", ShippedTraces.Names)} (shipped, CC BY 4.0), or a CSV file with TIMESTAMP, ContextTokens, GeneratedTokens.", "NAME|FILE.csv");
        var traceSpeed = Add("--trace-speed", $"Scale a trace's arrival rate (2 = twice as fast; {TraceLimits.MinSpeed} to {TraceLimits.MaxSpeed:#,##0}), or a comma list (default 1).", "X[,X...]");
        var requests = Add("--requests", $"Requests to send per run (1 to {SimulationLimits.MaxRequests:#,##0}; default {SimulationLimits.DefaultRequests:#,##0}, or all of a trace).", "N");
        var duration = Add("--duration", "Seconds after which no new request is sent; the requests sent all finish (default: no limit).", "SECONDS");
        var inputLengths = Add("--input-lengths", $"Input tokens per request: {TokenCounts.Syntax} (default fixed: --input).", "DIST");
        var outputLengths = Add("--output-lengths", $"Output tokens per request: {TokenCounts.Syntax} (default fixed: --output).", "DIST");
        var lengthsFrom = Add("--lengths-from", "Draw input and output together from a trace's requests (azure-conv, azure-code or a CSV file).", "NAME|FILE.csv");
        var burstiness = Add("--burstiness", $"With --rate: coefficient of variation of the gaps between arrivals; 1 is Poisson, above 1 bursty (gamma) ({WorkloadLimits.MinBurstiness} to {WorkloadLimits.MaxBurstiness}; default 1).", "CV");
        var slo = Add("--slo", $"Latency objectives for goodput and the check: {ServiceLevelParser.Syntax}.", "OBJECTIVES");
        var seed = Add("--seed", "Seed of every draw: the same seed gives the same result (default 1).", "S");
        var batching = Add("--batching", "continuous (iteration-level, default) or static (a batch runs until its last request finishes).", "continuous|static");
        var policy = Add("--policy", "decode-first (running requests first, vLLM V1; default) or prefill-first (new prompts first).", "decode-first|prefill-first");
        var kvCache = Add("--kv-cache", "paged (blocks taken as requests grow; default) or contiguous (each request reserves input + output).", "paged|contiguous");
        var blockSize = Add("--block-size", $"Tokens per KV block when paged (1 to {SimulationLimits.MaxBlockSize}; default {SchedulerSettings.DefaultBlockSize}).", "N");
        var preemption = Add("--preemption", "When KV blocks run out: recompute (drop a request's KV and prefill it again; default) or swap (copy it to host memory and back).", "recompute|swap");
        var maxRunning = Add("--max-running", "Requests in flight per replica at most (default: the serving stack's).", "N");
        var records = Add("--records", "Write every finished request (arrival, lengths, first token, finish, TTFT, TPOT, E2E, preemptions) to this CSV file.", "FILE.csv");
        command.SetAction(parse =>
        {
            var recordsPath = parse.GetValue(records);
            var force = options.Force is { } f && parse.GetValue(f);
            if (recordsPath is not null && OutputPaths.Problem(recordsPath, force) is { } problem)
            {
                return context.Fail([new Results.InputError("--records", "", problem)]);
            }

            if (options.Resolve(parse, context) is not var (_, scenario))
            {
                return ExitCodes.BadInput;
            }

            ScenarioValue? V(Option<string?> o) => parse.GetValue(o) is { } text ? new ScenarioValue(text, o.Name) : null;
            var input = new SimulationInput
            {
                Rate = V(rate), Concurrency = V(concurrency), Trace = V(trace), TraceSpeed = V(traceSpeed), Requests = V(requests), Duration = V(duration),
                InputLengths = V(inputLengths), OutputLengths = V(outputLengths), LengthsFrom = V(lengthsFrom), Burstiness = V(burstiness), Slo = V(slo),
                Seed = V(seed), Batching = V(batching), Policy = V(policy), KvCache = V(kvCache), BlockSize = V(blockSize), Preemption = V(preemption), MaxRunning = V(maxRunning),
            };
            var plan = SimulationInputParser.Parse(input, scenario);
            if (!plan.Succeeded)
            {
                return context.Fail(plan.Errors);
            }

            using var recordFile = recordsPath is null ? null : new StreamWriter(recordsPath);
            using var csv = recordFile is null ? null : new RequestRecordCsv(recordFile);
            var runs = Run(scenario, plan.Value, csv, context);
            if (!runs.Succeeded)
            {
                return context.Fail(runs.Errors, options.Scenario.LastInput);
            }

            options.Write(parse, SimulationReportBuilder.Build(scenario, plan.Value, runs.Value), context.Out);
            if (options.PlotPath(parse) is { } path)
            {
                PlotFiles.Write(path, format => SimulationChart.Render(scenario, plan.Value, runs.Value, format));
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
