using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Performance;

/// <summary>
/// Tensor throughput a board can sustain under its power cap: the math may use what the TDP leaves above the idle
/// (static) floor, so FLOP/s_sustained = min(peak, (TDP - P_idle) / e_flop). A large GEMM's own HBM traffic is a few
/// percent of the board (an 8192-cube FP8 GEMM moves ~0.2 GB in ~0.5 ms on an H100: ~0.4 TB/s x 31 pJ/B = 12 W), so
/// it is not subtracted; the operand traffic through SRAM and registers is part of e_flop.
/// </summary>
public static class SustainedCompute
{
    /// <summary>The power the tensor cores may draw: TDP - P_idle.</summary>
    public static Watts MathPower(Watts tdp, Watts idle) => tdp - idle;

    /// <summary>min(peak, (TDP - P_idle) / e_flop).</summary>
    public static FlopsPerSecond Of(FlopsPerSecond peak, Watts tdp, Watts idle, JoulesPerFlop energyPerFlop) =>
        FlopsPerSecond.Min(peak, new FlopsPerSecond(MathPower(tdp, idle).Value / energyPerFlop.Value));

    /// <summary>As <see cref="Of(FlopsPerSecond, Watts, Watts, JoulesPerFlop)"/>, recording the step ("Power-capped FLOP/s").</summary>
    public static FlopsPerSecond Of(FlopsPerSecond peak, Watts tdp, Watts idle, JoulesPerFlop energyPerFlop, string precision, Derivation d) =>
        d.Step(
            $"Power-capped FLOP/s ({precision})",
            "FLOP/s = min(peak, (TDP - P_idle) / e_flop)",
            Of(peak, tdp, idle, energyPerFlop),
            In("peak (datasheet)", peak),
            In("TDP", tdp),
            In("P_idle", idle),
            In("e_flop", energyPerFlop));
}
