using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Results;
using InferCost.Scenarios;

namespace InferCost.Serving;

/// <summary>
/// The highest request rate a deployment sustains within a service level: simulations at rates doubling from a tenth of
/// the estimate's steady rate until one misses, then bisection to 2%, all with the plan's seed, lengths and scheduler.
/// </summary>
public static class SloSearch
{
    /// <summary>Relative width at which the bisection stops.</summary>
    public const double Tolerance = 0.02;

    /// <summary>Searches.</summary>
    /// <param name="s">The scenario.</param>
    /// <param name="plan">Lengths, scheduler, requests per run and seed; its loads are ignored (the search chooses them).</param>
    /// <param name="objective">The service level.</param>
    public static Result<SloResult> Run(Scenario s, SimulationPlan plan, ServiceLevel objective)
    {
        // A tenth of the estimate's steady rate at the largest batch (requests/s of the whole deployment) starts below any knee.
        var estimate = CostEstimator.Estimate(s with { Batch = BatchSize.Max }, Derivation.Off());
        if (!estimate.Succeeded)
        {
            return Result.Fail<SloResult>(estimate.Errors);
        }

        var steady = estimate.Value.Throughput.SteadyOutputTokensPerSecond.Value / s.OutputTokens;
        var runs = 0;
        Result<SimulationRun> At(double rate)
        {
            runs++;
            return SimulationAnalysis.Run(s, plan with { Kind = LoadKind.Rate, Loads = [rate], ServiceLevel = objective }, accountCost: true).Map(r => r[0]);
        }

        SimulationRun? best = null;
        SimulationRun? miss = null;
        var rate = Math.Max(steady / 10, Workloads.WorkloadLimits.MinRate * s.Replicas);
        for (var i = 0; i < 40 && rate <= Workloads.WorkloadLimits.MaxRate; i++)
        {
            var run = At(rate);
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
            var run = At(Math.Sqrt(best.Load * miss.Load));
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
        var offered = Math.Max(4 * (best?.Load ?? 0), Math.Max(2 * (miss?.Load ?? 0), steady));
        var saturated = At(offered);
        for (var i = 0; i < 8 && saturated.Succeeded && saturated.Value.RequestRate > 0.8 * offered; i++)
        {
            offered *= 2;
            saturated = At(offered);
        }

        if (!saturated.Succeeded)
        {
            return Result.Fail<SloResult>(saturated.Errors);
        }

        return Result.Ok(new SloResult(
            objective,
            best,
            miss,
            miss is null ? null : objective.FirstMissed(miss.Replica),
            runs,
            best is null ? null : SloCost.Of(s, best.Replica),
            saturated.Value,
            SloCost.Of(s, saturated.Value.Replica)));
    }
}
