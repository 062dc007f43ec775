using InferCost.Units;

namespace InferCost.Performance;

/// <summary>Whether a batch can be served, with the memory figures the decision rests on (see <see cref="Feasibility"/>).</summary>
/// <param name="Status">Feasible, or why not.</param>
/// <param name="MaxBatch">The largest batch that fits (at most the scheduler's cap; 0 when none fits).</param>
/// <param name="Batch">The batch asked for: the fixed batch, or the largest that fits (at least 1) for 'max'.</param>
/// <param name="Required">Memory per GPU <paramref name="Batch"/> needs (weights + workspace + KV); for nothing-fits, one request's.</param>
/// <param name="Usable">Usable memory per GPU.</param>
public readonly record struct MemoryFit(PointStatus Status, int MaxBatch, int Batch, Bytes Required, Bytes Usable)
{
    /// <summary>Whether the batch can be served.</summary>
    public bool IsFeasible => Status == PointStatus.Feasible;

    /// <summary>Offload-tier capacity per GPU that KV beyond HBM may fill (zero without offload).</summary>
    public Bytes Offload { get; init; }
}
