using System.Globalization;
using InferCost.Explain;
using InferCost.Reporting.Rendering;
using InferCost.Scenarios;
using InferCost.Serving;
using InferCost.Units;

namespace InferCost.Reporting.Serving;

/// <summary>Lays out simulated runs for people; computes nothing.</summary>
public static class SimulationReportBuilder
{
    /// <summary>The definitions the latencies follow, printed under every report.</summary>
    public const string Definitions =
        "Latencies as vLLM's benchmark_serving defines them: TTFT = arrival to first token; TPOT = (end-to-end - TTFT) / (output - 1) per request; " +
        "ITL = each gap between two tokens of a request; E2E = arrival to last token. Percentiles from an HdrHistogram (3 significant digits), means exact.";

    /// <summary>How an aggregated deployment's figures were simulated, printed after the definitions.</summary>
    public const string ReplicasNote =
        "Each replica is simulated with its share of the load (rates and users divided by the replicas, a trace dealt round-robin); rates are the whole deployment's.";

    /// <summary>What a disaggregated deployment's figures are, printed after the definitions in place of <see cref="ReplicasNote"/>.</summary>
    public const string DisaggregatedNote =
        "Disaggregated: every prefill instance is simulated and one decode instance reported (each with its share of the requests, dealt in turn); latencies count from the client (TTFT from the prefill instance, the KV transfer in the first inter-token gap); rates are the whole deployment's.";

    /// <summary>The definitions and the sentence on how the deployment was simulated.</summary>
    public static string NoteFor(Scenario s) => Definitions + " " + (s.Disaggregation is null ? ReplicasNote : DisaggregatedNote);

    /// <summary>Rows of the over-time table when it is summarised (text and Markdown): each a tenth of the run.</summary>
    public const int TimelineRows = 10;

    /// <summary>The report.</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="plan">What was run.</param>
    /// <param name="runs">One run per load.</param>
    /// <param name="everySlice">Whether the over-time table lists every slice of the timeline (for JSON and CSV) rather than <see cref="TimelineRows"/> spans.</param>
    /// <param name="derivation">The recorded steps to carry as a table (for JSON and CSV, which have no derivation printed after them); null: none.</param>
    public static Report Build(Scenario s, SimulationPlan plan, IReadOnlyList<SimulationRun> runs, bool everySlice = false, IReadOnlyList<DerivationStep>? derivation = null)
    {
        var sections = new List<ReportSection>
        {
            Scenario(s, plan),
            Workload(s, plan, runs),
            Scheduler(plan, runs[0].Replica.KvPool),
        };
        if (runs.Count == 1)
        {
            sections.Add(Results(runs[0], plan));
        }

        var tables = new List<ReportTable>();
        if (runs.Count == 1)
        {
            tables.Add(LatencyTable(runs[0]));
        }

        tables.Add(ByLoad(plan, runs));
        if (runs.Count == 1)
        {
            tables.Add(OverTime(runs[0].Replica.Timeline, everySlice));
        }

        if (derivation is not null)
        {
            tables.Add(DerivationTable.Of(derivation));
        }

        return new Report($"InferCost simulate: {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}", sections, tables, Array.Empty<EstimateWarning>(), Report.UnitsNote + " " + NoteFor(s));
    }

    /// <summary>The scenario section of a simulated deployment: the scheduler sets the batch, the plan the lengths.</summary>
    internal static ReportSection Scenario(Scenario s, SimulationPlan plan) => ScenarioSection.Build(
        s, s.Accelerator.ComputePrecisionFor(s.Weights), $"set each iteration by the scheduler (at most {plan.Scheduler.MaxRunningRequests:#,##0} in flight per replica)", Lengths(s, plan));

    // How the requests' lengths were chosen, in words.
    private static string Lengths(Scenario s, SimulationPlan plan) => plan.Kind == LoadKind.Trace
        ? "each request's own, from the trace"
        : plan.LengthsTrace is { } trace
            ? $"input and output drawn together from {trace.Name}'s requests"
            : $"drawn per request (defaults: {s.InputTokens:#,##0} + {s.OutputTokens:#,##0})";

    private static ReportSection Workload(Scenario s, SimulationPlan plan, IReadOnlyList<SimulationRun> runs)
    {
        var rows = new List<ReportRow>
        {
            new("Load", plan.Kind switch
            {
                LoadKind.Concurrency => $"closed loop: {List(plan.Loads)} users, each sending its next request when the last finishes",
                LoadKind.Trace => $"trace {plan.Trace!.Name} at {List(plan.Loads)}x its speed ({plan.Trace.Figures.Requests:#,##0} requests over {plan.Trace.Figures.Duration.Value:#,##0} s)",
                _ => $"open loop: {List(plan.Loads)} requests/s, {(plan.Burstiness == 1 ? "Poisson arrivals" : $"gamma arrivals, coefficient of variation {plan.Burstiness:0.##}")}",
            }),
            new("Requests sent", plan.Duration < double.PositiveInfinity
                ? $"up to {plan.Requests:#,##0} within {plan.Duration:#,##0.###} s"
                : plan.Kind == LoadKind.Trace ? $"{runs.Sum(r => r.Replica.Requests * r.Replicas) / Math.Max(1, runs.Count):#,##0} per run" : $"{plan.Requests:#,##0} per run"),
            new("Replicas simulated", s.Disaggregation is { } pools
                ? $"one prefill instance of {pools.PrefillInstances} and one decode instance of {pools.DecodeInstances}, each of {s.Layout.GpusPerReplica} GPUs with its share of the requests (all prefill instances are run, to pass each request on to the decode pool)"
                : $"{s.Replicas} of {s.Layout.GpusPerReplica} GPUs (each with 1/{s.Replicas} of the load)"),
            new("Seed", plan.Seed.ToString(CultureInfo.InvariantCulture)),
        };
        if ((plan.Trace ?? plan.LengthsTrace)?.Attribution is { } attribution)
        {
            rows.Add(new("Trace source", attribution));
        }

        if (plan.ServiceLevel is { } slo)
        {
            rows.Add(new("Service level", string.Join(", ", slo.Targets.Select(Target))));
        }

        return new("Workload", rows);
    }

    private static ReportSection Scheduler(SimulationPlan plan, Bytes capacity)
    {
        var k = plan.Scheduler;
        return new("Scheduler", [
            new("Batching", k.Batching == BatchingMode.Continuous ? "continuous (iteration-level)" : "static (a batch runs until its last request finishes)"),
            new("Order", k.Policy == SchedulingPolicy.DecodeFirst ? "decode first, then prompt chunks (vLLM V1)" : "prompts first, then decode tokens"),
            new("Requests in flight per replica / tokens per iteration", $"{k.MaxRunningRequests:#,##0} / {k.MaxBatchedTokens:#,##0}"),
            new("KV cache", k.KvLayout == KvCacheLayout.Paged ? $"paged, blocks of {k.BlockSize} tokens" : "contiguous: each request reserves input + output"),
            new("KV pool per GPU", capacity.ToQuantity()),
            new("Preemption", k.Preemption == PreemptionMode.Recompute ? "recompute (drop the KV, prefill it again later)" : "swap (copy the KV to host memory and back)"),
            new("Prefix cache", plan.Kind == LoadKind.Trace && plan.Trace!.PrefixBlockTokens > 0
                ? $"by identity: the trace names each prompt's blocks of {plan.Trace.PrefixBlockTokens:#,##0} tokens; a request finds the longest run of its first blocks cached, shared, and idle blocks are dropped least recently used first"
                : k.PrefixHitRate > 0 ? $"{QuantityFormatter.Format(Quantity.Share(k.PrefixHitRate))} of each prompt found (its KV held, not computed)" : "none"),
        ]);
    }

    private static ReportSection Results(SimulationRun run, SimulationPlan plan)
    {
        var r = run.Replica;
        var rows = new List<ReportRow>
        {
            new("Requests finished (per replica)", Quantity.Count(r.Requests)),
            new("Duration (first request to last token)", r.Duration.ToQuantity()),
            new("Requests/s served", Quantity.Number(run.RequestRate)),
            new("Output tokens/s", new Quantity(run.OutputRate, Unit.TokensPerSecond)),
            new("Input tokens/s", new Quantity(run.InputRate, Unit.TokensPerSecond)),
            new("GPU busy", Quantity.Share(r.BusyFraction)),
            new("Mean batch / queue / in the system", $"{r.MeanRunning:#,##0.#} / {r.MeanWaiting:#,##0.#} / {r.MeanInSystem:#,##0.#}"),
            new("KV pool used / held but empty", $"{QuantityFormatter.Format(Quantity.Share(r.MeanKvUtilisation))} / {QuantityFormatter.Format(Quantity.Share(r.MeanKvWaste))}"),
            new("Preemptions (per replica)", Quantity.Count(r.Preemptions)),
            new("Iterations (per replica)", Quantity.Count(r.Iterations)),
        };
        if (plan.Kind == LoadKind.Trace && plan.Trace!.PrefixBlockTokens > 0)
        {
            rows.Add(new("Prompt tokens found in the prefix cache", $"{QuantityFormatter.Format(Quantity.Share(r.PrefixHitRate))} ({r.PrefixHitTokens:#,##0} of {r.InputTokens:#,##0})"));
        }

        if (run.Prefill is { } p)
        {
            // The disaggregated deployment's other pool: the figures above are a decode instance's.
            rows.Add(new("Prefill instance: prompts / GPU busy / mean batch / queue", $"{p.Requests:#,##0} / {QuantityFormatter.Format(Quantity.Share(p.BusyFraction))} / {p.MeanRunning:#,##0.#} / {p.MeanWaiting:#,##0.#}"));
            rows.Add(new("Prefill instance: TTFT mean / P99", $"{QuantityFormatter.Format(p.Ttft.Mean.ToQuantity())} / {QuantityFormatter.Format(p.Ttft.P99.ToQuantity())}"));
        }

        if (plan.ServiceLevel is not null)
        {
            rows.Add(new("Goodput (requests/s meeting the service level)", Quantity.Number(run.Goodput)));
            rows.Add(new("Service level met", plan.ServiceLevel.FirstMissed(r) is { } missed ? $"no: {Target(missed)} is {QuantityFormatter.Format(r.Latency(missed.Metric).At(missed.Percentile).ToQuantity())}" : "yes"));
        }

        return new("Results", rows);
    }

    private static ReportTable LatencyTable(SimulationRun run) => new(
        "Latency",
        ["Latency", "Mean", "P50", "P90", "P99", "Max", "Values"],
        [.. new[] { ("TTFT", run.Replica.Ttft), ("TPOT", run.Replica.Tpot), ("ITL", run.Replica.Itl), ("E2E", run.Replica.E2e) }
            .Select(l => (IReadOnlyList<ReportCell>)[l.Item1, l.Item2.Mean.ToQuantity(), l.Item2.P50.ToQuantity(), l.Item2.P90.ToQuantity(), l.Item2.P99.ToQuantity(), l.Item2.Max.ToQuantity(), Quantity.Count(l.Item2.Count)])]);

    private static ReportTable ByLoad(SimulationPlan plan, IReadOnlyList<SimulationRun> runs) => new(
        "By offered load",
        [
            plan.Kind switch { LoadKind.Concurrency => "Users", LoadKind.Trace => "Trace speed", _ => "Offered requests/s" },
            "Served requests/s", "Output tok/s", "TTFT mean", "TTFT P99", "TPOT mean", "TPOT P99", "ITL P99", "E2E P99", "Goodput req/s", "GPU busy", "Mean batch", "Mean queue", "Preemptions",
        ],
        [.. runs.Select(r => (IReadOnlyList<ReportCell>)
        [
            Quantity.Number(r.Load), Quantity.Number(r.RequestRate), new Quantity(r.OutputRate, Unit.TokensPerSecond),
            r.Replica.Ttft.Mean.ToQuantity(), r.Replica.Ttft.P99.ToQuantity(), r.Replica.Tpot.Mean.ToQuantity(), r.Replica.Tpot.P99.ToQuantity(),
            r.Replica.Itl.P99.ToQuantity(), r.Replica.E2e.P99.ToQuantity(), Quantity.Number(r.Goodput), Quantity.Share(r.Replica.BusyFraction),
            Quantity.Number(r.Replica.MeanRunning), Quantity.Number(r.Replica.MeanWaiting), Quantity.Count(r.Replica.Preemptions * r.Replicas),
        ])]);

    // Queue, batch and KV use over time, per replica: every slice the simulator kept, or the run in equal spans.
    private static ReportTable OverTime(IReadOnlyList<TimeSeriesPoint> timeline, bool everySlice) => new(
        everySlice
            ? "Over time (per replica): every slice of the timeline, each a time-weighted mean over its span"
            : $"Over time (per replica): the run in {TimelineRows} spans of about equal length (whole slices), each a time-weighted mean (JSON lists every slice)",
        ["From", "To", "Queue (waiting)", "Batch (running)", "KV pool used"],
        [.. (everySlice ? timeline : TimelineWindows.Of(timeline, TimelineRows)).Select(p => (IReadOnlyList<ReportCell>)
        [
            new Seconds(p.Start).ToQuantity(), new Seconds(p.End).ToQuantity(), Quantity.Number(p.Waiting), Quantity.Number(p.Running), Quantity.Share(p.KvUtilisation),
        ])]);

    /// <summary>One objective in words: TTFT P90 &lt;= 1 s.</summary>
    internal static string Target(LatencyTarget t) =>
        $"{t.Metric.ToString().ToUpperInvariant()} {(t.Percentile == 0 ? "mean" : $"P{t.Percentile:0}")} <= {QuantityFormatter.Format(t.Limit.ToQuantity())}";

    private static string List(System.Collections.Immutable.ImmutableArray<double> values) =>
        string.Join(", ", values.Select(v => v.ToString("#,##0.###", CultureInfo.InvariantCulture)));
}
