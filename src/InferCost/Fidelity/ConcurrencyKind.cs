namespace InferCost.Fidelity;

/// <summary>How requests were offered to the measured system.</summary>
public enum ConcurrencyKind
{
    /// <summary>Offline: unlimited request rate, the server batches as many as fit.</summary>
    Max,
    /// <summary>A fixed number of requests in flight (closed loop).</summary>
    Requests,
    /// <summary>Poisson arrivals at a rate (requests per second; infinity = all at once).</summary>
    Rate,
}
