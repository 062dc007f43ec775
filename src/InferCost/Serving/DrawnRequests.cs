using InferCost.Serving.Workloads;

namespace InferCost.Serving;

/// <summary>
/// Requests drawn from a seed: gaps from an arrival process, lengths from a distribution, until
/// <paramref name="count"/> requests or <paramref name="duration"/> seconds of arrivals, whichever comes first.
/// </summary>
/// <param name="arrivals">The gaps between arrivals (Poisson or gamma at the replica's rate).</param>
/// <param name="lengths">Each request's lengths.</param>
/// <param name="count">Requests to draw at most.</param>
/// <param name="duration">Seconds after which no request arrives (infinity: no limit).</param>
/// <param name="seed">The seed: the same seed draws the same requests.</param>
public sealed class DrawnRequests(ArrivalProcess arrivals, LengthDistribution lengths, long count, double duration, int seed) : IRequestSource
{
    private readonly Random _rng = new(seed);
    private long _drawn;
    private double _time;

    /// <inheritdoc />
    public bool TryNext(out SimulatedRequest request)
    {
        request = default;
        if (_drawn >= count)
        {
            return false;
        }

        var at = _time + arrivals.NextGap(_rng).Value;
        if (at >= duration)
        {
            return false;
        }

        var l = lengths.Sample(_rng);
        _time = at;
        _drawn++;
        request = new SimulatedRequest(at, l.InputTokens, l.OutputTokens);
        return true;
    }
}
