namespace InferCost.Serving;

/// <summary>An open-loop stream of requests in arrival order (a trace, or arrivals drawn at a rate).</summary>
public interface IRequestSource
{
    /// <summary>The next request, arriving no earlier than the one before; false when the stream is over.</summary>
    bool TryNext(out SimulatedRequest request);
}
