namespace InferCost.Serving.Workloads;

/// <summary>The bounds a trace and a synthetic workload are held to, each with the reason it is where it is.</summary>
public static class TraceLimits
{
    /// <summary>
    /// The most requests a trace may hold: 10 million, ten times the million requests the simulator is sized for and
    /// 500 times the shipped conversation trace. At 16 bytes a request that is 160 MB of requests, so a file that is
    /// not a trace (or a week of a busy service) is refused before it exhausts memory.
    /// </summary>
    public const int MaxRequests = 10_000_000;

    /// <summary>
    /// The most tokens one request may carry as input or output: 16,777,216 (2^24). The longest context of any model
    /// in the catalog is 10,485,760 tokens, so a larger count cannot be a real request; it is a corrupt row.
    /// </summary>
    public const int MaxTokensPerRequest = 16_777_216;

    /// <summary>How many bad rows a trace reports before reading stops (enough to show a pattern, not a flood).</summary>
    public const int MaxErrors = 10;

    /// <summary>The longest field a trace row may have, in characters; a longer one is not a timestamp or a count.</summary>
    public const int MaxFieldLength = 1_000;

    /// <summary>The slowest replay speed: a hundredth of the recorded rate (the shipped hour-long traces then last four days).</summary>
    public const double MinSpeed = 0.01;

    /// <summary>
    /// The fastest replay speed: a thousand times the recorded rate (the shipped conversation trace's 5.5 requests/s
    /// become 5,530/s and its hour passes in 3.5 s). A heavier load is better described by a synthetic arrival process at
    /// the rate wanted than by squeezing an hour of a service into seconds.
    /// </summary>
    public const double MaxSpeed = 1_000;

    /// <summary>
    /// The most prompt block ids a Mooncake trace may name in all: 50 million (200 MB), a million requests whose prompts
    /// average 25,000 tokens (50 blocks of 512), so a file that is not a trace is refused before its ids exhaust memory.
    /// </summary>
    public const int MaxBlockIds = 50_000_000;
}
