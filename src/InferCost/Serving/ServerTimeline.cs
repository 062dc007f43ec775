namespace InferCost.Serving;

/// <summary>
/// Queue length, batch and KV use over time in at most <see cref="Slices"/> slices, each the time-weighted mean over its
/// span: when the run outgrows the span, neighbouring slices merge and the span doubles, so memory stays flat however
/// long the run.
/// </summary>
public sealed class ServerTimeline
{
    /// <summary>Slices kept.</summary>
    public const int Slices = 512;

    private readonly double[] _waiting = new double[Slices];
    private readonly double[] _running = new double[Slices];
    private readonly double[] _kv = new double[Slices];
    private readonly double[] _time = new double[Slices];
    private double _span = 0.5;
    private double _end;

    /// <summary>Adds the state held from the last point to <paramref name="until"/>.</summary>
    public void Add(double until, double waiting, double running, double kvUtilisation)
    {
        while (until > _span * Slices)
        {
            Merge();
        }

        var t = _end;
        while (t < until)
        {
            var slice = Math.Min((int)(t / _span), Slices - 1);
            var sliceEnd = Math.Min(until, (slice + 1) * _span);
            var dt = sliceEnd - t;
            _waiting[slice] += waiting * dt;
            _running[slice] += running * dt;
            _kv[slice] += kvUtilisation * dt;
            _time[slice] += dt;
            t = sliceEnd;
        }

        _end = Math.Max(_end, until);
    }

    /// <summary>The slices with time in them, in order.</summary>
    public IReadOnlyList<TimeSeriesPoint> Points()
    {
        var points = new List<TimeSeriesPoint>();
        for (var i = 0; i < Slices; i++)
        {
            if (_time[i] > 0)
            {
                points.Add(new TimeSeriesPoint(i * _span, Math.Min((i + 1) * _span, _end), _waiting[i] / _time[i], _running[i] / _time[i], _kv[i] / _time[i]));
            }
        }

        return points;
    }

    // Pairs of slices become one of twice the span.
    private void Merge()
    {
        for (var i = 0; i < Slices / 2; i++)
        {
            _waiting[i] = _waiting[2 * i] + _waiting[(2 * i) + 1];
            _running[i] = _running[2 * i] + _running[(2 * i) + 1];
            _kv[i] = _kv[2 * i] + _kv[(2 * i) + 1];
            _time[i] = _time[2 * i] + _time[(2 * i) + 1];
        }

        Array.Clear(_waiting, Slices / 2, Slices / 2);
        Array.Clear(_running, Slices / 2, Slices / 2);
        Array.Clear(_kv, Slices / 2, Slices / 2);
        Array.Clear(_time, Slices / 2, Slices / 2);
        _span *= 2;
    }
}
