using InferCost.Serving.Workloads;

namespace InferCost.Serving;

/// <summary>
/// A trace replayed to one replica of <paramref name="replicas"/>: the requests are dealt round-robin, so replica 0 gets
/// requests 0, R, 2R, ... at their own arrival times (a trace's rate is the whole deployment's).
/// </summary>
/// <param name="trace">The trace (already scaled to the speed wanted).</param>
/// <param name="replicas">Replicas the deployment has.</param>
/// <param name="limit">Requests of the whole trace to replay at most.</param>
public sealed class TraceRequests(RequestTrace trace, int replicas = 1, long limit = long.MaxValue) : IRequestSource
{
    private int _next;

    /// <inheritdoc />
    public bool TryNext(out SimulatedRequest request)
    {
        if (_next >= trace.Requests.Length || _next >= limit)
        {
            request = default;
            return false;
        }

        var r = trace.Requests[_next];
        request = new SimulatedRequest(r.Arrival.Value, r.InputTokens, r.OutputTokens) { Blocks = trace.Blocks(_next) };
        _next += replicas;
        return true;
    }
}
