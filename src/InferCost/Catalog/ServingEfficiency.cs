namespace InferCost.Catalog;

/// <summary>
/// What the hardware of an accelerator family achieves under a good kernel library: the hardware factors calibration fits
/// per family. The software costs (launch gaps, scheduling, memory reserve) and the MoE kernels' efficiency belong to the serving stack
/// (<see cref="StackFactors"/>), so that a family without measurements can borrow a measured stack's.
/// </summary>
/// <param name="BandwidthFraction">Fraction of peak memory bandwidth reached in decode.</param>
/// <param name="ComputeFraction">Fraction of dense peak FLOP/s reached in large matrix products.</param>
/// <param name="LinkFraction">Fraction of the scale-up link's per-direction peak an all-reduce of a serving-sized message (1-30 MB) reaches; not the large-message asymptote.</param>
public sealed record ServingEfficiency(
    double BandwidthFraction,
    double ComputeFraction,
    double LinkFraction);
