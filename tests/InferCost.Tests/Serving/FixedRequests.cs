using InferCost.Serving;

namespace InferCost.Tests.Serving;

/// <summary>Test workloads: requests at given times and lengths, or drawn with a seed.</summary>
internal sealed class FixedRequests(IEnumerable<SimulatedRequest> requests) : IRequestSource
{
    private readonly IEnumerator<SimulatedRequest> _requests = requests.GetEnumerator();

    public bool TryNext(out SimulatedRequest request)
    {
        var more = _requests.MoveNext();
        request = more ? _requests.Current : default;
        return more;
    }

    /// <summary><paramref name="count"/> requests of the given lengths, one every <paramref name="gap"/> seconds from 0.</summary>
    public static FixedRequests Every(double gap, int count, int input, int output) =>
        new(Enumerable.Range(0, count).Select(i => new SimulatedRequest(i * gap, input, output)));

    /// <summary>Poisson arrivals at <paramref name="rate"/> with lengths uniform in the given ranges, from a seed.</summary>
    public static FixedRequests Poisson(double rate, int count, (int Lo, int Hi) input, (int Lo, int Hi) output, int seed)
    {
        var rng = new Random(seed);
        var t = 0.0;
        var list = new List<SimulatedRequest>(count);
        for (var i = 0; i < count; i++)
        {
            t += -Math.Log(1 - rng.NextDouble()) / rate;
            list.Add(new SimulatedRequest(t, rng.Next(input.Lo, input.Hi + 1), rng.Next(output.Lo, output.Hi + 1)));
        }

        return new FixedRequests(list);
    }
}
