using InferCost.Units;

namespace InferCost.Performance;

/// <summary>What one GPU holds, and how many requests fit.</summary>
/// <param name="Capacity">Memory capacity per GPU.</param>
/// <param name="Usable">What the serving stack may fill.</param>
/// <param name="WeightsPerGpu">Weight bytes per GPU (all experts, sharded over TP).</param>
/// <param name="KvPerRequestPerGpu">KV cache of one request at its full context, per GPU.</param>
/// <param name="ActivationWorkspace">Activation workspace per GPU.</param>
/// <param name="MaxBatch">Most requests whose full-context KV fits beside the weights and workspace.</param>
/// <param name="Batch">The batch used.</param>
/// <param name="Required">Weights + workspace + batch x KV, per GPU.</param>
public sealed record MemoryPlan(
    Bytes Capacity,
    Bytes Usable,
    Bytes WeightsPerGpu,
    Bytes KvPerRequestPerGpu,
    Bytes ActivationWorkspace,
    int MaxBatch,
    int Batch,
    Bytes Required);
