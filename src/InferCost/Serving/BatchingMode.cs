namespace InferCost.Serving;

/// <summary>How the scheduler forms batches.</summary>
public enum BatchingMode
{
    /// <summary>Iteration-level (continuous, in-flight) batching: requests join and leave at every iteration (vLLM V1, TensorRT-LLM in-flight batching).</summary>
    Continuous,

    /// <summary>Static batching: a batch is formed when the engine is idle and runs until its last request finishes; nobody joins meanwhile.</summary>
    Static,
}
