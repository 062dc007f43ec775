using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>What a good serving stack achieves on an accelerator: the knobs calibration fits.</summary>
/// <param name="BandwidthFraction">Fraction of peak memory bandwidth reached in decode.</param>
/// <param name="ComputeFraction">Fraction of dense peak FLOP/s reached in large matrix products.</param>
/// <param name="StepOverhead">Fixed time per forward step (launches, scheduling, sampling).</param>
/// <param name="UsableMemoryFraction">Fraction of memory the stack may fill with weights, KV and activations.</param>
public sealed record ServingEfficiency(
    double BandwidthFraction,
    double ComputeFraction,
    Seconds StepOverhead,
    double UsableMemoryFraction);
