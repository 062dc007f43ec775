namespace InferCost.Serving;

/// <summary>The bounds of a simulation's settings, each with why: they keep a run's time and memory bounded.</summary>
public static class SimulationLimits
{
    /// <summary>Requests per run at most: 10 million (the benchmark's million takes about 4 s on 2 cores).</summary>
    public const long MaxRequests = 10_000_000;

    /// <summary>Requests per run when neither a count nor a duration is given.</summary>
    public const long DefaultRequests = 2_000;

    /// <summary>Users at most: 100,000, beyond any benchmark published.</summary>
    public const int MaxConcurrency = 100_000;

    /// <summary>Loads in one list at most.</summary>
    public const int MaxLoads = 32;

    /// <summary>Seconds of sending at most: 30 days.</summary>
    public const double MaxDuration = 30 * 86_400;

    /// <summary>Tokens per KV block at most (vLLM allows 8 to 128; 1 is contiguous in all but name).</summary>
    public const int MaxBlockSize = 1024;

    /// <summary>Requests in flight per replica at most.</summary>
    public const int MaxRunning = 100_000;

    /// <summary>The largest limit a latency objective may set: a day, in seconds.</summary>
    public const double MaxLatencySeconds = 86_400;
}
