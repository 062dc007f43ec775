namespace InferCost.Serving;

/// <summary>What the simulated clients send: an open-loop stream, or closed-loop users.</summary>
public abstract record SimulationWorkload;
