using InferCost.Units;

namespace InferCost.Serving;

/// <summary>What one simulated run measured, per replica of the deployment.</summary>
/// <param name="Requests">Requests finished (every request sent finishes).</param>
/// <param name="Duration">From the start to the last request's last token.</param>
/// <param name="InputTokens">Prompt tokens of all requests.</param>
/// <param name="OutputTokens">Output tokens of all requests.</param>
/// <param name="Ttft">Time to first token over the requests.</param>
/// <param name="Tpot">Time per output token (excluding the first) over the requests with more than one output token.</param>
/// <param name="Itl">Inter-token latency over every gap between two tokens.</param>
/// <param name="E2e">End-to-end latency over the requests.</param>
/// <param name="GoodRequests">Requests that met the service level given (all of them when none was given).</param>
/// <param name="BusyTime">Time the GPUs spent in iterations.</param>
/// <param name="Iterations">Forward passes run.</param>
/// <param name="Preemptions">Times a running request gave up its KV.</param>
/// <param name="MeanWaiting">Time-weighted mean of requests waiting to be admitted.</param>
/// <param name="MeanRunning">Time-weighted mean of requests admitted (the batch).</param>
/// <param name="MeanInSystem">Time-weighted mean of requests arrived and not finished, from the first arrival to the last token (Little's L).</param>
/// <param name="MeanKvUtilisation">Time-weighted mean share of the KV pool allocated.</param>
/// <param name="MeanKvWaste">Time-weighted mean share of the KV pool allocated but holding no token (reservations and partly filled blocks).</param>
/// <param name="KvPool">The KV pool per GPU (<see cref="ServingSimulator.KvCapacity"/>).</param>
/// <param name="Timeline">Queue, batch and KV use over time.</param>
public sealed record SimulationResult(
    long Requests,
    Seconds Duration,
    double InputTokens,
    double OutputTokens,
    LatencySummary Ttft,
    LatencySummary Tpot,
    LatencySummary Itl,
    LatencySummary E2e,
    long GoodRequests,
    Seconds BusyTime,
    long Iterations,
    long Preemptions,
    double MeanWaiting,
    double MeanRunning,
    double MeanInSystem,
    double MeanKvUtilisation,
    double MeanKvWaste,
    Bytes KvPool,
    IReadOnlyList<TimeSeriesPoint> Timeline)
{
    /// <summary>Board energy per GPU over the iterations (when the run accounted for cost; zero otherwise).</summary>
    public Joules BusyEnergy { get; init; }

    /// <summary>The share of the busy time owed to decode tokens: each pass split by the time its decode and prompt parts take alone (when accounted).</summary>
    public Seconds DecodeBusyTime { get; init; }

    /// <summary>The share of the busy time owed to prompt tokens (when accounted).</summary>
    public Seconds PrefillBusyTime { get; init; }

    /// <summary>Prompt tokens found in the prefix cache by their blocks' identity when requests were admitted (not computed).</summary>
    public double PrefixHitTokens { get; init; }

    /// <summary>Share of the prompt tokens found in the prefix cache by identity.</summary>
    public double PrefixHitRate => InputTokens > 0 ? PrefixHitTokens / InputTokens : 0;

    /// <summary>Output tokens per second over the run.</summary>
    public TokensPerSecond OutputRate => TokensPerSecond.Of(OutputTokens, Duration);

    /// <summary>Input tokens per second over the run.</summary>
    public TokensPerSecond InputRate => TokensPerSecond.Of(InputTokens, Duration);

    /// <summary>Requests per second over the run.</summary>
    public double RequestRate => Requests / Duration.Value;

    /// <summary>Good requests per second over the run (goodput).</summary>
    public double Goodput => GoodRequests / Duration.Value;

    /// <summary>Share of the run the GPUs were busy.</summary>
    public double BusyFraction => BusyTime.Value / Duration.Value;

    /// <summary>The summary of one latency.</summary>
    public LatencySummary Latency(LatencyMetric metric) => metric switch
    {
        LatencyMetric.Ttft => Ttft,
        LatencyMetric.Tpot => Tpot,
        LatencyMetric.Itl => Itl,
        _ => E2e,
    };
}
