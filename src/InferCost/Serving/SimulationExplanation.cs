using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Serving;

/// <summary>
/// Records how each figure of a simulated run is measured or derived, for <c>--explain</c>. Every result recorded is the
/// run's own property (<see cref="SimulationRun"/>, <see cref="SimulationResult"/>), the same code the reports print, so
/// the explained number is the printed one; what the simulator counted or integrated is recorded as measured, with its
/// definition.
/// </summary>
public static class SimulationExplanation
{
    /// <summary>Records every run, each in its own section (one run: "Simulation"; several: "Load 1", "Load 2", ...).</summary>
    public static void Record(IReadOnlyList<SimulationRun> runs, ServiceLevel? objective, Derivation d)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            d.Section = runs.Count == 1 ? "Simulation" : $"Load {i + 1}";
            Record(runs[i], objective, d);
        }
    }

    /// <summary>
    /// Records what the scenario section of a simulation report derives rather than takes as given: with speculative
    /// decoding, the tokens one verify pass yields (<see cref="Scenarios.Speculation.TokensPerVerify"/>).
    /// </summary>
    public static void RecordScenario(Scenarios.Scenario s, Derivation d)
    {
        if (!d.IsRecording || s.Speculation is not { } spec)
        {
            return;
        }

        d.Section = "Scenario";
        d.Step("Tokens per verify pass per request",
            "τ = (1 - α^(k + 1)) / (1 - α): the drafts accepted before the first rejection, plus the model's own token (k + 1 at α = 1); the mean of the simulator's draws",
            Quantity.Number(spec.TokensPerIteration), In("α (acceptance)", Quantity.Share(spec.Acceptance)), In("k (drafted tokens)", Quantity.Count(spec.DraftTokens)));
    }

    /// <summary>Records one run's figures in the derivation's current section.</summary>
    public static void Record(SimulationRun run, ServiceLevel? objective, Derivation d)
    {
        if (!d.IsRecording)
        {
            return;
        }

        var r = run.Replica;
        var replicas = Quantity.Count(run.Replicas);
        d.Step("Offered load (requests/s, users or trace speed, whole deployment)", "as given; each replica gets its share", Quantity.Number(run.Load));
        var n = d.Step("Requests finished per replica", "N, counted (every request sent finishes)", Quantity.Count(r.Requests));
        var t = d.Step("Duration", "T = the last request's last token, from t = 0", r.Duration);
        d.Step("Requests/s served", "N / T x replicas", Quantity.Number(run.RequestRate),
            In("N", Quantity.Count(n)), In("T", t), In("replicas", replicas));
        d.Step("Output tokens/s", "N_out / T x replicas", new Quantity(run.OutputRate, Unit.TokensPerSecond),
            In("N_out", Quantity.TokenCount(r.OutputTokens)), In("T", t), In("replicas", replicas));
        d.Step("Input tokens/s", "N_in / T x replicas", new Quantity(run.InputRate, Unit.TokensPerSecond),
            In("N_in", Quantity.TokenCount(r.InputTokens)), In("T", t), In("replicas", replicas));
        d.Step("GPU busy", "t_busy / T (t_busy = the sum of every forward pass's time, measured)", Quantity.Share(r.BusyFraction),
            In("t_busy", r.BusyTime), In("T", t));
        d.Step("Iterations per replica", "forward passes run, counted", Quantity.Count(r.Iterations));
        d.Step("Mean batch", "integral of requests admitted over time / T (measured)", Quantity.Number(r.MeanRunning));
        d.Step("Mean queue", "integral of requests waiting to be admitted over time / T (measured)", Quantity.Number(r.MeanWaiting));
        var l = d.Step("Mean requests in the system (Little's L)", "integral of requests arrived and not finished over time / (T - first arrival) (measured)",
            Quantity.Number(r.MeanInSystem));
        var w = d.Step("Mean time in the system", "W = mean end-to-end latency over the requests", r.E2e.Mean);
        d.Step("Little's law: arrivals per second x mean time in the system", "L = N / T x W (T counted from t = 0, not from the first arrival, so a little under the measured L)",
            Quantity.Number(LittlesL(r)), In("N", Quantity.Count(n)), In("T", t), In("W", w), In("measured L", Quantity.Number(l)));
        d.Step("KV pool used", "integral of KV allocated / pool over time / T (measured)", Quantity.Share(r.MeanKvUtilisation), In("pool per GPU", r.KvPool));
        d.Step("KV pool held but empty", "integral of (KV allocated - KV holding tokens) / pool over time / T (measured)", Quantity.Share(r.MeanKvWaste), In("pool per GPU", r.KvPool));
        var preempted = d.Step("Preemptions per replica", "times a running request gave up its KV, counted", Quantity.Count(r.Preemptions));
        d.Step("Preemptions, whole deployment", "per replica x replicas", Quantity.Count(r.Preemptions * run.Replicas), In("per replica", Quantity.Count(preempted)), In("replicas", replicas));
        if (r.Timeline.Count > 0)
        {
            d.Step("Over time: the span of one timeline slice", $"at most {ServerTimeline.Slices} slices, each the time-weighted mean of the queue, batch and KV use over its span; the span doubles whenever the run outgrows them (a shorter table merges whole slices the same way)",
                new Seconds(r.Timeline[0].End - r.Timeline[0].Start), In("slices", Quantity.Count(r.Timeline.Count)), In("T", t));
        }

        if (r.PrefixHitTokens > 0)
        {
            d.Step("Prompt tokens found in the prefix cache", "tokens of the longest cached run of each request's first named blocks, at its admission, over all prompt tokens (counted)",
                Quantity.Share(r.PrefixHitRate), In("found", Quantity.TokenCount(r.PrefixHitTokens)), In("prompt tokens", Quantity.TokenCount(r.InputTokens)));
        }

        if (run.Prefill is { } p)
        {
            // A disaggregated run: the figures above are a decode instance's; its requests' TTFT came from the prefill pool.
            d.Step("Prefill instance: prompts", $"one request in {run.PrefillInstances} of the client's stream, dealt in turn, counted (each ends at its first token)", Quantity.Count(p.Requests));
            d.Step("Prefill instance: GPU busy", "t_busy / T of the prefill instance (measured)", Quantity.Share(p.BusyFraction), In("t_busy", p.BusyTime), In("T", p.Duration));
            d.Step("Prefill instance: mean batch", "integral of requests admitted over time / T (measured)", Quantity.Number(p.MeanRunning));
            d.Step("Prefill instance: mean queue", "integral of requests waiting to be admitted over time / T (measured)", Quantity.Number(p.MeanWaiting));
            d.Step("Prefill instance: TTFT mean", "arrival to first token at the prefill instance, mean over its prompts", p.Ttft.Mean, In("P99", p.Ttft.P99));
        }

        foreach (var (metric, latency) in new[] { (LatencyMetric.Ttft, r.Ttft), (LatencyMetric.Tpot, r.Tpot), (LatencyMetric.Itl, r.Itl), (LatencyMetric.E2e, r.E2e) })
        {
            d.Step($"{Name(metric)} mean ({Definition(metric)})", "exact mean over the values; the percentiles from an HdrHistogram of microseconds (3 significant digits)", latency.Mean,
                In("values", Quantity.Count(latency.Count)), In("P50", latency.P50), In("P90", latency.P90), In("P99", latency.P99), In("max", latency.Max));
        }

        if (objective is null)
        {
            return;
        }

        var good = d.Step("Good requests per replica", "requests whose own TTFT, TPOT and end-to-end latency are within the objective's limits, counted", Quantity.Count(r.GoodRequests));
        d.Step("Goodput (requests/s meeting the service level)", "N_good / T x replicas", Quantity.Number(run.Goodput),
            In("N_good", Quantity.Count(good)), In("T", t), In("replicas", replicas));
        foreach (var target in objective.Targets)
        {
            d.Step($"{Name(target)} against its limit: {(Meets(r, target) ? "met" : "missed")}", $"met when {Name(target)} <= limit", r.Latency(target.Metric).At(target.Percentile),
                In("limit", target.Limit));
        }
    }

    /// <summary>Little's law from the run's own figures: requests finished per second (from t = 0) times the mean time in the system.</summary>
    public static double LittlesL(SimulationResult r) => r.RequestRate * r.E2e.Mean.Value;

    /// <summary>An objective's name as the explanation writes it: TTFT P90, TPOT mean.</summary>
    public static string Name(LatencyTarget t) => $"{Name(t.Metric)} {t.Percentile switch { 0 => "mean", 50 => "P50", 90 => "P90", _ => "P99" }}";

    /// <summary>Whether the run meets one target.</summary>
    public static bool Meets(SimulationResult r, LatencyTarget t) => r.Latency(t.Metric).At(t.Percentile) <= t.Limit;

    private static string Name(LatencyMetric m) => m.ToString().ToUpperInvariant();

    private static string Definition(LatencyMetric m) => m switch
    {
        LatencyMetric.Ttft => "arrival to first token, per request",
        LatencyMetric.Tpot => "(end-to-end - TTFT) / (output - 1), per request",
        LatencyMetric.Itl => "each gap between two tokens of a request",
        _ => "arrival to last token, per request",
    };
}
