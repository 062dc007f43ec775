using InferCost.Catalog;
using InferCost.Units;

namespace InferCost.Fidelity;

/// <summary>One fitted efficiency factor: its profile key, its name for people, its value and its fitting range.</summary>
/// <param name="Index">Its place in the fitted vector (the order of <c>EfficiencyBounds</c>).</param>
/// <param name="Key">Its key in a calibration profile and in an accelerator's catalog entry.</param>
/// <param name="Name">What it is, for people.</param>
/// <param name="Read">Its value in an efficiency, in the unit of its range (overheads in microseconds).</param>
/// <param name="ToQuantity">A value in that unit as a quantity (for display).</param>
public sealed record EfficiencyFactor(int Index, string Key, string Name, Func<ServingEfficiency, double> Read, Func<double, Quantity> ToQuantity)
{
    /// <summary>Every fitted factor, in the fitted vector's order.</summary>
    public static IReadOnlyList<EfficiencyFactor> All { get; } =
    [
        new(0, "bandwidthFraction", "memory bandwidth reached in decode", e => e.BandwidthFraction, Quantity.Share),
        new(1, "computeFraction", "dense tensor FLOP/s reached in GEMMs", e => e.ComputeFraction, Quantity.Share),
        new(2, "stepOverheadUs", "fixed overhead per forward step", e => e.StepOverhead.Value * 1e6, Micro),
        new(3, "requestOverheadUs", "overhead per request per step", e => e.RequestOverhead.Value * 1e6, Micro),
        new(4, "usableMemoryFraction", "memory the stack can fill", e => e.UsableMemoryFraction, Quantity.Share),
        new(5, "linkFraction", "all-reduce bandwidth, share of scale-up peak", e => e.LinkFraction, Quantity.Share),
        new(6, "expertComputeFraction", "MoE expert GEMMs relative to dense GEMMs", e => e.ExpertComputeFraction, Quantity.Share),
    ];

    /// <summary>The range the fit may move the factor in (overheads in microseconds).</summary>
    public (double Lo, double Hi) Range => EfficiencyBounds.Range(Index);

    private static Quantity Micro(double microseconds) => Seconds.FromMicroseconds(microseconds).ToQuantity();
}
