using InferCost.Performance;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Serving.Workloads;

namespace InferCost.Serving;

/// <summary>
/// Runs a <see cref="SimulationPlan"/> on a scenario: one simulation per offered load, each on one replica with its
/// share of the load (rates and users divided by the replicas, a trace dealt round-robin), the deployment's figures
/// scaled back up.
/// </summary>
public static class SimulationAnalysis
{
    /// <summary>Simulates every load of the plan.</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="plan">What to run.</param>
    /// <param name="records">Receives every finished request of every run, with the load it ran at (null: none kept).</param>
    /// <param name="progress">Told the requests finished so far over all runs (null: nobody asks).</param>
    /// <param name="accountCost">Whether each run integrates board power and splits its time between decode and prompt tokens (for <see cref="SloCost"/>).</param>
    public static Result<IReadOnlyList<SimulationRun>> Run(Scenario s, SimulationPlan plan, Action<double, RequestRecord>? records = null, IProgress<long>? progress = null, bool accountCost = false)
    {
        var invalid = ScenarioValidator.Validate(s);
        if (invalid.Count > 0)
        {
            return Result.Fail<IReadOnlyList<SimulationRun>>(invalid);
        }

        if (Unsupported(s, plan) is { } unsupported)
        {
            return Result.Fail<IReadOnlyList<SimulationRun>>(unsupported);
        }

        var c = new ScenarioContext(s);
        var replicas = s.Replicas;
        var runs = new List<SimulationRun>(plan.Loads.Length);
        long before = 0;
        foreach (var load in plan.Loads)
        {
            if (s.Disaggregation is { } spec)
            {
                var pools = Disaggregated(c, spec, plan, load, records, accountCost);
                if (!pools.Succeeded)
                {
                    return Result.Fail<IReadOnlyList<SimulationRun>>(pools.Errors);
                }

                before += pools.Value.Replica.Requests;
                progress?.Report(before);
                runs.Add(pools.Value);
                continue;
            }

            var workload = Workload(plan, load, replicas);
            if (!workload.Succeeded)
            {
                return Result.Fail<IReadOnlyList<SimulationRun>>(workload.Errors);
            }

            var done = before;
            var sink = records is null ? null : new Action<RequestRecord>(r => records(load, r));
            var result = new ServingSimulator(c, Scheduler(plan), plan.ServiceLevel, sink, accountCost)
                .Run(workload.Value, progress is null ? null : new Progress<long>(n => progress.Report(done + n)));
            if (!result.Succeeded)
            {
                return Result.Fail<IReadOnlyList<SimulationRun>>(result.Errors);
            }

            before += result.Value.Requests;
            runs.Add(new SimulationRun(load, replicas, result.Value));
        }

        return Result.Ok<IReadOnlyList<SimulationRun>>(runs);
    }

    // One replica's share of the load.
    private static Result<SimulationWorkload> Workload(SimulationPlan plan, double load, int replicas)
    {
        var requests = Math.Max(1, plan.Requests / replicas);
        switch (plan.Kind)
        {
            case LoadKind.Concurrency:
                var users = (int)load;
                if (users % replicas != 0)
                {
                    return Result.Fail<SimulationWorkload>("simulation", "concurrency",
                        $"is {users}, which does not split evenly over the scenario's {replicas} replicas; give a multiple of {replicas}.");
                }

                return Result.Ok<SimulationWorkload>(new ClosedLoopWorkload(users / replicas, new DrawnLengths(plan.Lengths!, plan.Seed), requests, plan.Duration));
            case LoadKind.Trace:
                var scaled = plan.Trace!.Scaled(load);
                return scaled.Succeeded
                    ? Result.Ok<SimulationWorkload>(new OpenLoopWorkload(new TraceRequests(scaled.Value, replicas, plan.Requests)))
                    : Result.Fail<SimulationWorkload>(scaled.Errors);
            default:
                var arrivals = plan.Burstiness == 1 ? ArrivalProcess.Poisson(load / replicas) : ArrivalProcess.Gamma(load / replicas, plan.Burstiness);
                return arrivals.Succeeded
                    ? Result.Ok<SimulationWorkload>(new OpenLoopWorkload(new DrawnRequests(arrivals.Value, plan.Lengths!, requests, plan.Duration, plan.Seed)))
                    : Result.Fail<SimulationWorkload>(arrivals.Errors);
        }
    }

    // The pools over the client's whole stream (DisaggregatedSimulation): reported as one decode instance of y, with a
    // prefill instance beside it.
    private static Result<SimulationRun> Disaggregated(
        ScenarioContext c, Deployment.Disaggregation spec, SimulationPlan plan, double load, Action<double, RequestRecord>? records, bool accountCost)
    {
        var workload = Workload(plan, load, 1);
        if (!workload.Succeeded)
        {
            return Result.Fail<SimulationRun>(workload.Errors);
        }

        var requests = new List<SimulatedRequest>();
        var source = ((OpenLoopWorkload)workload.Value).Source;
        while (requests.Count <= DisaggregatedSimulation.MaxRequests && source.TryNext(out var r))
        {
            requests.Add(r);
        }

        var sink = records is null ? null : new Action<RequestRecord>(r => records(load, r));
        var run = DisaggregatedSimulation.Run(c, spec, requests, Scheduler(plan), plan.ServiceLevel, sink, accountCost);
        return run.Succeeded
            ? Result.Ok(new SimulationRun(load, spec.DecodeInstances, run.Value.Decode) { Prefill = run.Value.Prefill, PrefillInstances = spec.PrefillInstances })
            : Result.Fail<SimulationRun>(run.Errors);
    }

    // The scheduler as the plan runs it: its seed, and a prefix cache of the trace's named blocks when it names them.
    private static SchedulerSettings Scheduler(SimulationPlan plan) => plan.Scheduler with { Seed = plan.Seed, PrefixBlockTokens = NamedPrefixes(plan) };

    private static int NamedPrefixes(SimulationPlan plan) => plan.Kind == LoadKind.Trace ? plan.Trace?.PrefixBlockTokens ?? 0 : 0;

    // What the simulator does not model yet (or what contradicts the trace), refused by field rather than simulated wrongly.
    private static InputError? Unsupported(Scenario s, SimulationPlan plan)
    {
        if (NamedPrefixes(plan) > 0 && plan.Scheduler.PrefixHitRate > 0)
        {
            return new InputError("simulation", "prefix-hit", "is a hit rate, but the trace names its prompts' blocks, so the prefix cache is simulated from them; leave the hit rate out.");
        }

        if (NamedPrefixes(plan) > 0 && plan.Scheduler.KvLayout == KvCacheLayout.Contiguous)
        {
            return new InputError("simulation", "kv-cache", "is contiguous, but the trace's named prefix blocks are shared through a paged KV cache; use paged.");
        }

        if (s.Disaggregation is not null && plan.Kind == LoadKind.Concurrency)
        {
            return new InputError("scenario", "disaggregate",
                "is simulated at a request rate or a trace, not at a concurrency: the prefill and decode pools run one after the other, and a user's next request would wait for the last one's decode; give a request rate or a trace.",
                ErrorCodes.NotSimulated);
        }

        return s.Offload.Tier != OffloadTier.None
            ? new InputError("scenario", "offload", "is not simulated yet: the simulator's KV pool is HBM only; leave offload out.", ErrorCodes.NotSimulated)
            : null;
    }
}
