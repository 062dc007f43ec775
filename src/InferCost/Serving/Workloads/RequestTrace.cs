using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using InferCost.Results;
using InferCost.Units;
using MathNet.Numerics.Statistics;

namespace InferCost.Serving.Workloads;

/// <summary>
/// A recorded sequence of requests, in arrival order, that the simulator replays. The requests are one array of
/// 16-byte values; the figures are computed once, on first use.
/// </summary>
public sealed class RequestTrace
{
    private readonly Lazy<TraceFigures> _figures;

    /// <summary>
    /// A trace of <paramref name="requests"/>, which must be non-empty, in arrival order, with arrivals from zero on and
    /// token counts within <see cref="TraceLimits"/>. A user's file reaches here through <see cref="TraceParser"/>, which
    /// says what is wrong in the file's terms; this constructor throws because a breach here is a programming error.
    /// </summary>
    /// <param name="name">What to call the trace in reports (a shipped name or a file name).</param>
    /// <param name="requests">The requests, in arrival order.</param>
    /// <param name="attribution">The attribution its licence asks for, or null when it carries none.</param>
    public RequestTrace(string name, ImmutableArray<TraceRequest> requests, string? attribution)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (requests.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A trace needs at least one request.", nameof(requests));
        }

        if (requests.Length > TraceLimits.MaxRequests)
        {
            throw new ArgumentException($"A trace holds at most {TraceLimits.MaxRequests} requests.", nameof(requests));
        }

        var previous = Seconds.Zero;
        for (var i = 0; i < requests.Length; i++)
        {
            var r = requests[i];
            if (r.Arrival < previous || r.InputTokens < 1 || r.OutputTokens < 1
                || r.InputTokens > TraceLimits.MaxTokensPerRequest || r.OutputTokens > TraceLimits.MaxTokensPerRequest)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Request {i} ({r}) is out of order, before zero, or has token counts outside 1..{TraceLimits.MaxTokensPerRequest}."),
                    nameof(requests));
            }

            previous = r.Arrival;
        }

        Name = name;
        Requests = requests;
        Attribution = attribution;
        _figures = new Lazy<TraceFigures>(() => Summarise(Requests));
    }

    /// <summary>
    /// Tokens per named prompt block when the trace names its requests' blocks (<see cref="Blocks"/>: Mooncake's 512);
    /// 0 when it does not.
    /// </summary>
    public int PrefixBlockTokens { get; init; }

    /// <summary>
    /// Each request's prompt blocks of <see cref="PrefixBlockTokens"/> tokens, named by the hash of the prompt up to the
    /// block's end (Mooncake's <c>hash_ids</c>), so that requests with the same first n ids share their first n blocks'
    /// KV; empty when the trace does not name them. Kept beside <see cref="Requests"/> so that a request stays 16 bytes.
    /// </summary>
    public ImmutableArray<ImmutableArray<int>> RequestBlocks { get; init; } = [];

    /// <summary>Request <paramref name="index"/>'s named blocks; empty when the trace names none.</summary>
    public ImmutableArray<int> Blocks(int index) => RequestBlocks.IsDefaultOrEmpty ? [] : RequestBlocks[index];

    /// <summary>What to call the trace in reports.</summary>
    public string Name { get; }

    /// <summary>The requests, in arrival order.</summary>
    public ImmutableArray<TraceRequest> Requests { get; }

    /// <summary>The attribution the data's licence asks for (shown wherever the trace is used), or null.</summary>
    public string? Attribution { get; }

    /// <summary>Request count, duration, mean rate and the input and output lengths.</summary>
    public TraceFigures Figures => _figures.Value;

    /// <summary>
    /// The same requests arriving <paramref name="speed"/> times as fast (every arrival divided by it): 2 doubles the
    /// rate and halves the duration, 0.5 halves the rate. Token counts are unchanged. The speed must lie in
    /// <see cref="TraceLimits.MinSpeed"/>..<see cref="TraceLimits.MaxSpeed"/> (field <c>trace-speed</c>).
    /// </summary>
    public Result<RequestTrace> Scaled(double speed)
    {
        if (!double.IsFinite(speed) || speed < TraceLimits.MinSpeed || speed > TraceLimits.MaxSpeed)
        {
            return Result.Fail<RequestTrace>(
                "scenario",
                "trace-speed",
                string.Create(CultureInfo.InvariantCulture, $"{speed} is outside {TraceLimits.MinSpeed}..{TraceLimits.MaxSpeed}: the speed multiplies the trace's request rate (2 = twice as fast, 0.5 = half); slower than a hundredth stretches an hour past four days, and a load more than a thousand times the recorded one is better described by a synthetic arrival rate."),
                ErrorCodes.OutOfRange);
        }

        var scaled = new TraceRequest[Requests.Length];
        for (var i = 0; i < scaled.Length; i++)
        {
            var r = Requests[i];
            scaled[i] = r with { Arrival = r.Arrival / speed };
        }

        // Handed over without a copy: nothing else holds the array.
        return Result.Ok(new RequestTrace(Name, ImmutableCollectionsMarshal.AsImmutableArray(scaled), Attribution) { PrefixBlockTokens = PrefixBlockTokens, RequestBlocks = RequestBlocks });
    }

    private static TraceFigures Summarise(ImmutableArray<TraceRequest> requests)
    {
        var duration = requests[^1].Arrival - requests[0].Arrival;
        double? rate = duration > Seconds.Zero ? (requests.Length - 1) / duration.Value : null;
        return new TraceFigures(
            requests.Length,
            duration,
            rate,
            Lengths(requests, static r => r.InputTokens),
            Lengths(requests, static r => r.OutputTokens));
    }

    private static TokenFigures Lengths(ImmutableArray<TraceRequest> requests, Func<TraceRequest, int> side)
    {
        var values = new double[requests.Length];
        long sum = 0;
        var max = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var n = side(requests[i]);
            values[i] = n;
            sum += n;
            max = Math.Max(max, n);
        }

        // Mean from the exact integer sum; quantiles sort the copy in place (R-8, MathNet's default estimator).
        var mean = (double)sum / values.Length;
        var median = ArrayStatistics.QuantileInplace(values, 0.5);
        var p90 = ArrayStatistics.QuantileInplace(values, 0.9);
        return new TokenFigures(mean, median, p90, max);
    }
}
