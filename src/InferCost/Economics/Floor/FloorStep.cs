using InferCost.Units;

namespace InferCost.Economics.Floor;

/// <summary>The floor's decode step for a whole replica: what it reads and what that costs, before it is shared by the batch.</summary>
/// <param name="Batch">Requests (tokens) in the step.</param>
/// <param name="Context">Mean context each request's KV is read at.</param>
/// <param name="WeightBytes">Weight bytes read per step, all GPUs of the replica.</param>
/// <param name="KvBytes">KV bytes read per step (all B requests), all GPUs of the replica.</param>
/// <param name="Bytes">Weights + KV.</param>
/// <param name="MemoryEnergy">Bytes x HBM access energy.</param>
/// <param name="FacilityPricePerJoule">Power price x PUE per joule.</param>
/// <param name="MemoryCost">Memory energy at the facility price: the essay's "$ per decode step".</param>
/// <param name="MemoryCostPerMillionSteps">That per million steps.</param>
/// <param name="MinimumTime">The step at the peak bandwidth and the FLOP/s the power limit sustains, with no overhead (what the capital layer charges for).</param>
public sealed record FloorStep(
    int Batch,
    double Context,
    Bytes WeightBytes,
    Bytes KvBytes,
    Bytes Bytes,
    Joules MemoryEnergy,
    DollarsPerJoule FacilityPricePerJoule,
    Dollars MemoryCost,
    Dollars MemoryCostPerMillionSteps,
    Seconds MinimumTime);
