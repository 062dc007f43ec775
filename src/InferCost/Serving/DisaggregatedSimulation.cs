using InferCost.Performance;
using InferCost.Results;

namespace InferCost.Serving;

/// <summary>
/// A disaggregated deployment (xPyD) simulated request by request in two stages. The client's requests are dealt in
/// turn to the x prefill instances, each a <see cref="ServingSimulator"/> that runs only the prompts: its pass emits a
/// request's first token, as a disaggregated prefill instance does. Each request's KV then crosses the KV link
/// (<see cref="DisaggregatedServing.KvTime"/>), and the requests, in the order they arrive there, are dealt in turn to
/// the y decode instances, which admit them with their KV and first token and decode the rest. Its latencies count from
/// the client: TTFT from the prefill instance, TPOT, ITL (the first gap includes the transfer and the decode queue) and
/// end to end from the decode instance.
/// </summary>
/// <remarks>
/// One decode instance is reported (each has 1/y of the requests, as an aggregated replica has 1/replicas), with the
/// first prefill instance beside it. The two stages run one after the other, so the load must be open: a closed loop's
/// next request waits for the last one's decode. A prefill instance frees a request's KV at its first token (the
/// transfer's hold is not modelled), and transfers do not queue on the link.
/// </remarks>
public static class DisaggregatedSimulation
{
    /// <summary>The most requests a disaggregated run sends: their first-token times are kept between the stages.</summary>
    public const long MaxRequests = 2_000_000;

    /// <summary>Simulates the deployment over the client's whole stream of requests.</summary>
    /// <param name="c">The scenario (one instance's layout; its KV link resolved).</param>
    /// <param name="spec">The pools.</param>
    /// <param name="requests">The client's requests, in arrival order.</param>
    /// <param name="scheduler">Each instance's scheduler.</param>
    /// <param name="serviceLevel">The objective for goodput, or null.</param>
    /// <param name="records">Receives each finished request of the decode instance reported.</param>
    /// <param name="accountCost">Whether each instance integrates board power and the decode/prompt split.</param>
    public static Result<DisaggregatedResult> Run(
        ScenarioContext c, Deployment.Disaggregation spec, IReadOnlyList<SimulatedRequest> requests, SchedulerSettings scheduler,
        ServiceLevel? serviceLevel = null, Action<RequestRecord>? records = null, bool accountCost = false)
    {
        if (c.KvLink is not { } link)
        {
            return Result.Fail<DisaggregatedResult>("scenario", "kv-link", "cannot be resolved for this deployment; estimate says why.");
        }

        if (requests.Count > MaxRequests)
        {
            return Result.Fail<DisaggregatedResult>("simulation", "requests",
                $"is more than {MaxRequests:#,##0}, the most a disaggregated simulation takes: it keeps each request's first token between its prefill and decode stages; give at most that.");
        }

        // Stage 1: every prefill instance, each with every x-th request, emitting only the first token.
        var firstToken = new double[requests.Count];
        SimulationResult? prefill = null;
        for (var i = 0; i < spec.PrefillInstances; i++)
        {
            var instance = i;
            var mine = new ListRequests(requests, instance, spec.PrefillInstances, r => r with { OutputTokens = 1 });
            var run = new ServingSimulator(c, scheduler, records: r => firstToken[instance + (int)(r.Index * spec.PrefillInstances)] = r.FirstToken, accountCost: accountCost)
                .Run(new OpenLoopWorkload(mine));
            if (!run.Succeeded)
            {
                return Result.Fail<DisaggregatedResult>(run.Errors);
            }

            prefill ??= run.Value;
        }

        // Stage 2: each request reaches the decode pool when its KV has crossed the link, in that order.
        var arrivals = new SimulatedRequest[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            var at = firstToken[i] + DisaggregatedServing.KvTime(c, link, r.InputTokens).Value;
            arrivals[i] = new SimulatedRequest(at, r.InputTokens, r.OutputTokens) { SentAt = r.Arrival, FirstTokenAt = firstToken[i] };
        }

        Array.Sort(arrivals, (a, b) => a.Arrival.CompareTo(b.Arrival));
        var decode = new ServingSimulator(c, scheduler, serviceLevel, records, accountCost)
            .Run(new OpenLoopWorkload(new ListRequests(arrivals, 0, spec.DecodeInstances, r => r)));
        return decode.Succeeded
            ? Result.Ok(new DisaggregatedResult(prefill!, decode.Value))
            : Result.Fail<DisaggregatedResult>(decode.Errors);
    }

    // Every step-th request from the first, reshaped.
    private sealed class ListRequests(IReadOnlyList<SimulatedRequest> all, int first, int step, Func<SimulatedRequest, SimulatedRequest> shape) : IRequestSource
    {
        private int _next = first;

        public bool TryNext(out SimulatedRequest request)
        {
            if (_next >= all.Count)
            {
                request = default;
                return false;
            }

            request = shape(all[_next]);
            _next += step;
            return true;
        }
    }
}
