namespace InferCost.Serving;

/// <summary>How the offered load is given.</summary>
public enum LoadKind
{
    /// <summary>Open loop: requests arrive at a rate (requests per second, whole deployment), Poisson or bursty.</summary>
    Rate,

    /// <summary>Closed loop: this many users (whole deployment), each with one request in flight.</summary>
    Concurrency,

    /// <summary>Open loop: a trace's requests at their own times (scaled by the trace speed).</summary>
    Trace,
}
