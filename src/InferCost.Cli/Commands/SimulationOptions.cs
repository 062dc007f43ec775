using System.CommandLine;
using InferCost.Reporting.Scenarios;
using InferCost.Reporting.Serving;
using InferCost.Serving;
using InferCost.Serving.Workloads;

namespace InferCost.Cli.Commands;

/// <summary>The simulation flags <c>simulate</c> and <c>slo</c> share, read into a <see cref="SimulationInput"/>.</summary>
internal sealed class SimulationOptions
{
    private readonly Dictionary<string, Option<string?>> _options = [];

    /// <summary>--records (simulate only).</summary>
    public Option<string?>? Records { get; private set; }

    /// <summary>--timeline-plot (simulate only).</summary>
    public Option<string?>? TimelinePlot { get; private set; }

    /// <summary>--explain.</summary>
    public Option<bool> Explain { get; } = new("--explain")
    {
        Description = "Also print the derivation: how every figure was measured or computed (rates over the run's duration, GPU busy, goodput, Little's law; for slo every rate tried, each target against its limit, the bracket, the power and the $/GPU-hour stack). Text and Markdown print it after the report; JSON carries it as a table.",
    };

    /// <summary>Adds the flags; <paramref name="loads"/> adds the load (rate, concurrency, trace) and the records file.</summary>
    public static SimulationOptions AddTo(Command command, bool loads)
    {
        var o = new SimulationOptions();
        Option<string?> Add(string name, string help, string helpName)
        {
            var option = new Option<string?>(name) { Description = help, HelpName = helpName };
            command.Add(option);
            o._options[name] = option;
            return option;
        }

        if (loads)
        {
            Add("--rate", $"Open loop: requests per second for the whole deployment ({WorkloadLimits.MinRate} to {WorkloadLimits.MaxRate:#,##0}), or a comma list for one run each.", "R[,R...]");
            Add("--concurrency", $"Closed loop: users for the whole deployment, each sending its next request when the last finishes (1 to {SimulationLimits.MaxConcurrency:#,##0}), or a comma list.", "N[,N...]");
            Add("--trace", $"Open loop: replay a trace at its own arrival times: {string.Join(" or ", ShippedTraces.Names)} (shipped, CC BY 4.0), or a CSV file with TIMESTAMP, ContextTokens, GeneratedTokens.", "NAME|FILE.csv");
            Add("--trace-speed", $"Scale a trace's arrival rate (2 = twice as fast; {TraceLimits.MinSpeed} to {TraceLimits.MaxSpeed:#,##0}), or a comma list (default 1).", "X[,X...]");
            Add("--duration", "Seconds after which no new request is sent; the requests sent all finish (default: no limit).", "SECONDS");
        }

        Add("--requests", $"Requests to send per run (1 to {SimulationLimits.MaxRequests:#,##0}; default {SimulationLimits.DefaultRequests:#,##0}{(loads ? ", or all of a trace" : "")}).", "N");
        Add("--input-lengths", $"Input tokens per request: {TokenCounts.Syntax} (default fixed: --input).", "DIST");
        Add("--output-lengths", $"Output tokens per request: {TokenCounts.Syntax} (default fixed: --output).", "DIST");
        Add("--lengths-from", "Draw input and output together from a trace's requests (azure-conv, azure-code or a CSV file).", "NAME|FILE.csv");
        Add("--burstiness", $"Coefficient of variation of the gaps between arrivals at a rate; 1 is Poisson, above 1 bursty (gamma) ({WorkloadLimits.MinBurstiness} to {WorkloadLimits.MaxBurstiness}; default 1).", "CV");
        Add("--slo", $"Latency objectives{(loads ? " for goodput and the check" : ", required")}: {ServiceLevelParser.Syntax}.", "OBJECTIVES");
        Add("--seed", "Seed of every draw: the same seed gives the same result (default 1).", "S");
        Add("--batching", "continuous (iteration-level, default) or static (a batch runs until its last request finishes).", "continuous|static");
        Add("--policy", "decode-first (running requests first, vLLM V1; default) or prefill-first (new prompts first).", "decode-first|prefill-first");
        Add("--kv-cache", "paged (blocks taken as requests grow; default) or contiguous (each request reserves input + output).", "paged|contiguous");
        Add("--block-size", $"Tokens per KV block when paged (1 to {SimulationLimits.MaxBlockSize}; default {SchedulerSettings.DefaultBlockSize}).", "N");
        Add("--preemption", "When KV blocks run out: recompute (drop a request's KV and prefill it again; default) or swap (copy it to host memory and back).", "recompute|swap");
        Add("--max-running", "Requests in flight per replica at most (default: the serving stack's).", "N");
        Add("--prefix-hit", $"Share of each prompt found in the prefix cache, 0 to {SchedulerSettings.MaxPrefixHitRate}: its KV is held but not computed (default 0).", "X");
        if (loads)
        {
            o.TimelinePlot = new Option<string?>("--timeline-plot")
            {
                Description = "Chart of one load's queue (waiting), batch (running) and KV pool use over time, per replica. Written as PNG or SVG by the file's extension; --force overwrites.",
                HelpName = "FILE.png|FILE.svg",
            };
            command.Add(o.TimelinePlot);
            o.Records = Add("--records", "Write every finished request (arrival, lengths, first token, finish, TTFT, TPOT, E2E, preemptions) to this CSV file.", "FILE.csv");
        }

        command.Add(o.Explain);
        return o;
    }

    /// <summary>Whether the derivation travels inside the report (JSON, CSV) rather than after it (text, Markdown).</summary>
    public static bool ExplainInReport(string format) => format is "json" or "csv";

    /// <summary>The values given, each with its flag.</summary>
    public SimulationInput Read(ParseResult parse)
    {
        ScenarioValue? V(string name) => _options.TryGetValue(name, out var o) && parse.GetValue(o) is { } text ? new ScenarioValue(text, name) : null;
        return new SimulationInput
        {
            Rate = V("--rate"), Concurrency = V("--concurrency"), Trace = V("--trace"), TraceSpeed = V("--trace-speed"), Requests = V("--requests"), Duration = V("--duration"),
            InputLengths = V("--input-lengths"), OutputLengths = V("--output-lengths"), LengthsFrom = V("--lengths-from"), Burstiness = V("--burstiness"), Slo = V("--slo"),
            Seed = V("--seed"), Batching = V("--batching"), Policy = V("--policy"), KvCache = V("--kv-cache"), BlockSize = V("--block-size"), Preemption = V("--preemption"), MaxRunning = V("--max-running"), PrefixHit = V("--prefix-hit"),
        };
    }
}
