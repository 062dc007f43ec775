using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Results;
using InferCost.Scenarios;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Serving;

/// <summary>
/// The highest request rate a deployment sustains within a service level: simulations at rates doubling from a tenth of
/// the estimate's steady rate until one misses, then bisection to 2%, all with the plan's seed, lengths and scheduler.
/// </summary>
public static class SloSearch
{
    /// <summary>Relative width at which the bisection stops.</summary>
    public const double Tolerance = 0.02;

    // A run is past the knee when it serves at most this share of the rate offered.
    private const double Saturation = 0.8;

    /// <summary>Searches.</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="plan">Lengths, scheduler, requests per run and seed; its loads are ignored (the search chooses them).</param>
    /// <param name="objective">The service level.</param>
    public static Result<SloResult> Run(Scenario s, SimulationPlan plan, ServiceLevel objective) => Run(s, plan, objective, Derivation.Off());

    /// <summary>
    /// Searches, recording in <paramref name="d"/> every rate tried with each target's value against its limit, the
    /// bracket, the runs past the knee, the figures and cost at the rate found and past the knee, and the tax.
    /// </summary>
    /// <param name="s">The scenario.</param>
    /// <param name="plan">Lengths, scheduler, requests per run and seed; its loads are ignored (the search chooses them).</param>
    /// <param name="objective">The service level.</param>
    /// <param name="d">Where the steps go (<see cref="Derivation.Off"/>: nowhere).</param>
    public static Result<SloResult> Run(Scenario s, SimulationPlan plan, ServiceLevel objective, Derivation d)
    {
        // A tenth of the estimate's steady rate at the largest batch (requests/s of the whole deployment) starts below any knee.
        var estimate = CostEstimator.Estimate(s with { Batch = BatchSize.Max }, Derivation.Off());
        if (!estimate.Succeeded)
        {
            return Result.Fail<SloResult>(estimate.Errors);
        }

        SimulationExplanation.RecordScenario(s, d);
        d.Section = "Search";
        var steadyTokens = estimate.Value.Throughput.SteadyOutputTokensPerSecond;
        var steady = d.Step("Steady request rate at the largest batch (estimate)", "r_steady = steady output tokens/s / output tokens per request",
            Quantity.Number(steadyTokens.Value / s.OutputTokens), In("steady output tokens/s", steadyTokens), In("output tokens per request", Quantity.TokenCount(s.OutputTokens)));
        var runs = 0;
        Result<SimulationRun> At(double rate, string how)
        {
            runs++;
            var run = SimulationAnalysis.Run(s, plan with { Kind = LoadKind.Rate, Loads = [rate], ServiceLevel = objective }, accountCost: true).Map(r => r[0]);
            if (run.Succeeded && d.IsRecording)
            {
                Tried(run.Value, objective, runs, how, d);
            }

            return run;
        }

        SimulationRun? best = null;
        SimulationRun? miss = null;
        var rate = d.Step("First rate tried", "r_0 = max(r_steady / 10, the lowest rate allowed x replicas): below any knee",
            Quantity.Number(Math.Max(steady / 10, Workloads.WorkloadLimits.MinRate * s.Replicas)),
            In("r_steady", Quantity.Number(steady)), In("lowest rate allowed", Quantity.Number(Workloads.WorkloadLimits.MinRate)), In("replicas", Quantity.Count(s.Replicas)));
        for (var i = 0; i < 40 && rate <= Workloads.WorkloadLimits.MaxRate; i++)
        {
            var run = At(rate, best is null && miss is null ? "the first rate" : miss is null ? "twice the last rate (it met the objective)" : "half the last rate (it missed the objective)");
            if (!run.Succeeded)
            {
                return Result.Fail<SloResult>(run.Errors);
            }

            var meets = objective.FirstMissed(run.Value.Replica) is null;
            if (meets)
            {
                best = run.Value;
                if (miss is not null)
                {
                    break;
                }

                rate *= 2;
            }
            else
            {
                miss = run.Value;
                if (best is not null || rate / 64 < steady / 1e4)
                {
                    break;
                }

                rate /= 2;
            }
        }

        while (best is not null && miss is not null && (miss.Load / best.Load) - 1 > Tolerance && runs < 60)
        {
            var run = At(Math.Sqrt(best.Load * miss.Load), "bisection: the geometric mean of the bracket, sqrt(highest meeting x lowest missing)");
            if (!run.Succeeded)
            {
                return Result.Fail<SloResult>(run.Errors);
            }

            if (objective.FirstMissed(run.Value.Replica) is null)
            {
                best = run.Value;
            }
            else
            {
                miss = run.Value;
            }
        }

        // Throughput-optimal for the same requests: the same simulation far past the knee, where the batch is as large as
        // the scheduler and memory allow and only throughput counts. Past it means the server falls behind: it serves
        // under 80% of what is offered; the rate doubles until it does.
        if (best is not null && miss is not null)
        {
            d.Step("Bracket: highest rate meeting the objective", "the search stops when lowest missing / highest meeting - 1 <= tolerance", Quantity.Number(best.Load),
                In("lowest rate missing it", Quantity.Number(miss.Load)), In("width", Quantity.Share((miss.Load / best.Load) - 1)), In("tolerance", Quantity.Share(Tolerance)));
        }

        var offered = Math.Max(4 * (best?.Load ?? 0), Math.Max(2 * (miss?.Load ?? 0), steady));
        var saturated = At(offered, "past the knee: max(4 x the rate found, 2 x the first miss, r_steady)");
        for (var i = 0; i < 8 && saturated.Succeeded && saturated.Value.RequestRate > Saturation * offered; i++)
        {
            offered *= 2;
            saturated = At(offered, "past the knee: twice the last (it still served over 80% of what was offered)");
        }

        if (!saturated.Succeeded)
        {
            return Result.Fail<SloResult>(saturated.Errors);
        }

        SloCost? cost = null;
        if (best is not null)
        {
            d.Section = "At the highest rate within the service level";
            SimulationExplanation.Record(best, objective, d);
            cost = SloCost.Of(s, best, d);
        }

        d.Section = "Past the knee (throughput-optimal)";
        SimulationExplanation.Record(saturated.Value, null, d);
        var optimal = SloCost.Of(s, saturated.Value, d);
        var result = new SloResult(objective, best, miss, miss is null ? null : objective.FirstMissed(miss.Replica), runs, cost, saturated.Value, optimal);
        if (result.Tax is { } tax)
        {
            d.Section = "The cost of the service level";
            d.Step("TTFT tax", "$/1M output within the service level / $/1M output past the knee - 1", Quantity.Share(tax),
                In("within the service level", cost!.PerMillionOutput), In("past the knee", optimal.PerMillionOutput));
        }

        return Result.Ok(result);
    }

    // One simulation of the search: the rate and why it was tried, each target's value against its limit, or for a run
    // past the knee the share of the offered load it served.
    private static void Tried(SimulationRun run, ServiceLevel objective, int n, string how, Derivation d)
    {
        if (how.StartsWith("past the knee", StringComparison.Ordinal))
        {
            d.Step($"Simulation {n}: {(run.RequestRate > Saturation * run.Load ? "still keeps up" : "falls behind")}", $"rate = {how}; past the knee when served <= 80% of offered",
                Quantity.Number(run.Load), In("served requests/s", Quantity.Number(run.RequestRate)), In("share served", Quantity.Share(run.RequestRate / run.Load)));
            return;
        }

        var inputs = new List<DerivationInput>();
        foreach (var t in objective.Targets)
        {
            inputs.Add(In($"{SimulationExplanation.Name(t)} ({(SimulationExplanation.Meets(run.Replica, t) ? "met" : "missed")})", run.Replica.Latency(t.Metric).At(t.Percentile)));
            inputs.Add(In($"{SimulationExplanation.Name(t)} limit", t.Limit));
        }

        d.Step($"Simulation {n}: {(objective.FirstMissed(run.Replica) is null ? "meets" : "misses")} the objective", $"rate = {how}; meets when every target is within its limit",
            Quantity.Number(run.Load), [.. inputs]);
    }
}
