namespace InferCost.Serving;

/// <summary>Requests arrive when the source says, whatever the server is doing (a trace, Poisson or bursty arrivals).</summary>
/// <param name="Source">The requests in arrival order.</param>
public sealed record OpenLoopWorkload(IRequestSource Source) : SimulationWorkload;
