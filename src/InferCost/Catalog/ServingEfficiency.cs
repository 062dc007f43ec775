using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>What a good serving stack achieves on an accelerator: the knobs calibration fits.</summary>
/// <param name="BandwidthFraction">Fraction of peak memory bandwidth reached in decode.</param>
/// <param name="ComputeFraction">Fraction of dense peak FLOP/s reached in large matrix products.</param>
/// <param name="StepOverhead">Fixed time per forward step (kernel launches, synchronisation).</param>
/// <param name="RequestOverhead">Time per request in each step (scheduling, sampling, detokenisation): grows with the batch.</param>
/// <param name="UsableMemoryFraction">Fraction of memory the stack may fill with weights, KV and activations.</param>
/// <param name="LinkFraction">Fraction of the scale-up link's peak bandwidth an all-reduce reaches.</param>
/// <param name="ExpertComputeFraction">MoE expert GEMMs' efficiency relative to dense GEMMs (few tokens per expert, routing and permutation).</param>
public sealed record ServingEfficiency(
    double BandwidthFraction,
    double ComputeFraction,
    Seconds StepOverhead,
    Seconds RequestOverhead,
    double UsableMemoryFraction,
    double LinkFraction,
    double ExpertComputeFraction);
