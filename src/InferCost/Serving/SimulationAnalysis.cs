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

        if (Unsupported(s) is { } unsupported)
        {
            return Result.Fail<IReadOnlyList<SimulationRun>>(unsupported);
        }

        var c = new ScenarioContext(s);
        var replicas = s.Replicas;
        var runs = new List<SimulationRun>(plan.Loads.Length);
        long before = 0;
        foreach (var load in plan.Loads)
        {
            var workload = Workload(plan, load, replicas);
            if (!workload.Succeeded)
            {
                return Result.Fail<IReadOnlyList<SimulationRun>>(workload.Errors);
            }

            var done = before;
            var sink = records is null ? null : new Action<RequestRecord>(r => records(load, r));
            var result = new ServingSimulator(c, plan.Scheduler with { Seed = plan.Seed }, plan.ServiceLevel, sink, accountCost)
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

    // What the simulator does not model yet, refused by field rather than simulated wrongly.
    private static InputError? Unsupported(Scenario s) =>
        s.Disaggregation is not null
            ? new InputError("scenario", "disaggregate", "is not simulated yet: the simulator runs aggregated replicas; use estimate for the disaggregated deployment's figures.", ErrorCodes.NotSimulated)
            : s.Offload.Tier != OffloadTier.None
                ? new InputError("scenario", "offload", "is not simulated yet: the simulator's KV pool is HBM only; leave offload out.", ErrorCodes.NotSimulated)
                : null;
}
