namespace InferCost.Serving;

/// <summary>
/// The timeline in fewer, wider rows: the run cut into equal spans of time, each the time-weighted mean of the slices
/// whose middle falls in it, so a handful of rows summarise the run without sampling a few short slices.
/// </summary>
public static class TimelineWindows
{
    /// <summary>
    /// At most <paramref name="count"/> rows over the span of <paramref name="points"/> (the points themselves when there
    /// are no more of them); each row runs from its first slice's start to its last slice's end.
    /// </summary>
    public static IReadOnlyList<TimeSeriesPoint> Of(IReadOnlyList<TimeSeriesPoint> points, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (points.Count <= count)
        {
            return points;
        }

        var start = points[0].Start;
        var width = (points[^1].End - start) / count;
        var rows = new List<TimeSeriesPoint>(count);
        var (from, to, waiting, running, kv, time, window) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1);
        foreach (var p in points)
        {
            var dt = p.End - p.Start;
            var w = Math.Min((int)((((p.Start + p.End) / 2) - start) / width), count - 1);
            if (w != window)
            {
                if (time > 0)
                {
                    rows.Add(new TimeSeriesPoint(from, to, waiting / time, running / time, kv / time));
                }

                (from, waiting, running, kv, time, window) = (p.Start, 0, 0, 0, 0, w);
            }

            to = p.End;
            waiting += p.Waiting * dt;
            running += p.Running * dt;
            kv += p.KvUtilisation * dt;
            time += dt;
        }

        if (time > 0)
        {
            rows.Add(new TimeSeriesPoint(from, to, waiting / time, running / time, kv / time));
        }

        return rows;
    }
}
