namespace InferCost.Serving;

/// <summary>
/// The requests still to arrive, in time order, from either kind of workload: an open-loop source, or closed-loop users
/// whose next request arrives when their last one finishes.
/// </summary>
internal sealed class ArrivalQueue
{
    private readonly IRequestSource? _source;
    private readonly ClosedLoopWorkload? _closed;
    private readonly Queue<Arrival> _pending = new();
    private Arrival? _next;
    private long _sent;
    private double _lastArrival;

    public ArrivalQueue(SimulationWorkload workload)
    {
        switch (workload)
        {
            case OpenLoopWorkload open:
                _source = open.Source;
                break;
            case ClosedLoopWorkload closed:
                _closed = closed;
                for (var user = 0; user < closed.Users && _sent < closed.Requests; user++)
                {
                    Send(user, 0);
                }

                break;
            default:
                throw new ArgumentException($"Unknown workload {workload.GetType().Name}.", nameof(workload));
        }
    }

    /// <summary>A request about to arrive, with the closed-loop user who sends it (-1 in an open loop).</summary>
    public readonly record struct Arrival(double At, int InputTokens, int OutputTokens, int User)
    {
        /// <summary>For a request prefilled elsewhere: when the client sent it and when its first token came (NaN otherwise).</summary>
        public (double SentAt, double FirstTokenAt) Prefilled { get; init; } = (double.NaN, double.NaN);

        /// <summary>Its prompt's blocks, named by prefix; empty when unnamed.</summary>
        public System.Collections.Immutable.ImmutableArray<int> Blocks { get; init; } = [];
    }

    /// <summary>Set when an open-loop source goes back in time (the request's arrival and the one before).</summary>
    public (double Before, double Arrival)? OutOfOrder { get; private set; }

    /// <summary>The next arrival time; false when no request is left to arrive.</summary>
    public bool TryPeek(out double at)
    {
        if (_source is not null && _next is null && _source.TryNext(out var r))
        {
            if (r.Arrival < _lastArrival)
            {
                OutOfOrder ??= (_lastArrival, r.Arrival);
            }

            _lastArrival = Math.Max(_lastArrival, r.Arrival);
            _next = new Arrival(r.Arrival, r.InputTokens, r.OutputTokens, -1) { Prefilled = (r.SentAt, r.FirstTokenAt), Blocks = r.Blocks };
        }

        if (_next is { } n)
        {
            at = n.At;
            return true;
        }

        if (_pending.TryPeek(out var p))
        {
            at = p.At;
            return true;
        }

        at = double.PositiveInfinity;
        return false;
    }

    /// <summary>Takes the request <see cref="TryPeek"/> showed.</summary>
    public Arrival Take()
    {
        if (_next is { } n)
        {
            _next = null;
            return n;
        }

        return _pending.Dequeue();
    }

    /// <summary>A request of <paramref name="user"/> finished at <paramref name="at"/>: in a closed loop the user sends the next.</summary>
    public void Finished(int user, double at)
    {
        if (_closed is { } closed && user >= 0 && _sent < closed.Requests && at < closed.Duration)
        {
            Send(user, at);
        }
    }

    private void Send(int user, double at)
    {
        var (input, output) = _closed!.Lengths.NextLengths();
        _pending.Enqueue(new Arrival(at, input, output, user));
        _sent++;
    }
}
