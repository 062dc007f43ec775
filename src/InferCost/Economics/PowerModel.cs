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
    /// <summary>Average board power over a step that moved <paramref name="bytes"/> and did <paramref name="flops"/> in <paramref name="time"/>.</summary>
    public static Watts Draw(Accelerator a, Bytes bytes, Flops flops, Seconds time, FlopsPerSecond peakCompute, string label, Derivation d)
    {
        var memoryActivity = Math.Min(1, bytes / time / a.Memory.Bandwidth);
        var computeActivity = Math.Min(1, flops / time / peakCompute);
        var activity = d.Step(
            $"{label}: activity",
            "u = max(bytes / t / BW_peak, F / t / FLOP/s_peak)",
            Quantity.Share(Math.Max(memoryActivity, computeActivity)),
            In("memory activity", Quantity.Share(memoryActivity)),
            In("compute activity", Quantity.Share(computeActivity)));
        return d.Step(
            $"{label}: board power",
            "P = P_idle + (TDP - P_idle) x u",
            a.Power.Idle + ((a.Power.Tdp - a.Power.Idle) * activity),
            In("P_idle", a.Power.Idle),
            In("TDP", a.Power.Tdp),
            In("u", Quantity.Share(activity)));
    }
}
