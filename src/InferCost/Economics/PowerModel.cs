using InferCost.Catalog;
using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Economics;

/// <summary>
/// Board power from activity: idle power plus the dynamic range (TDP - idle) scaled by how busy the
/// busier of the memory system and the tensor cores is (achieved rate / peak rate, at most 1).
/// </summary>
public static class PowerModel
{
    /// <summary>Memory activity: achieved bandwidth / peak bandwidth, at most 1.</summary>
    public static double MemoryActivity(Accelerator a, Bytes bytes, Seconds time) => Math.Min(1, bytes / time / a.Memory.Bandwidth);

    /// <summary>Compute activity: achieved FLOP/s / peak FLOP/s at the compute precision, at most 1.</summary>
    public static double ComputeActivity(Flops flops, Seconds time, FlopsPerSecond peakCompute) => Math.Min(1, flops / time / peakCompute);

    /// <summary>Board power at an activity u: P_idle + (TDP - P_idle) x u.</summary>
    public static Watts BoardPower(Accelerator a, double activity) => a.Power.Idle + ((a.Power.Tdp - a.Power.Idle) * activity);

    /// <summary>Average board power over a step that moved <paramref name="bytes"/> and did <paramref name="flops"/> in <paramref name="time"/>.</summary>
    public static Watts Draw(Accelerator a, Bytes bytes, Flops flops, Seconds time, FlopsPerSecond peakCompute) =>
        BoardPower(a, Math.Max(MemoryActivity(a, bytes, time), ComputeActivity(flops, time, peakCompute)));

    /// <summary>As <see cref="Draw(Accelerator, Bytes, Flops, Seconds, FlopsPerSecond)"/>, recording the activity and the power.</summary>
    public static Watts Draw(Accelerator a, Bytes bytes, Flops flops, Seconds time, FlopsPerSecond peakCompute, string label, Derivation d)
    {
        var memoryActivity = MemoryActivity(a, bytes, time);
        var computeActivity = ComputeActivity(flops, time, peakCompute);
        var activity = d.Step(
            $"{label}: activity",
            "u = max(bytes / t / BW_peak, F / t / FLOP/s_peak)",
            Quantity.Share(Math.Max(memoryActivity, computeActivity)),
            In("memory activity", Quantity.Share(memoryActivity)),
            In("compute activity", Quantity.Share(computeActivity)));
        return d.Step(
            $"{label}: board power",
            "P = P_idle + (TDP - P_idle) x u",
            BoardPower(a, activity),
            In("P_idle", a.Power.Idle),
            In("TDP", a.Power.Tdp),
            In("u", Quantity.Share(activity)));
    }
}
