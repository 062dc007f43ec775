using InferCost.Catalog;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Economics;

/// <summary>
/// Board power of a forward pass from what it physically does, the same figures that cap the tensor throughput
/// (<see cref="SustainedCompute"/>): P = P_idle + (bytes x (e_hbm + e_onchip) + FLOPs x e_flop + bytes x k_sram x e_sram
/// + bytes sent x e_link) / t, held at most at the TDP. The physics energy breakdown is these parts, so what is
/// broken down is what is costed.
/// </summary>
public static class PowerModel
{
    /// <summary>The step's energy by part, capped at the TDP (allocation-free: the sweep kernel calls it per point).</summary>
    public static StepEnergy Parts(ScenarioContext c, Bytes bytes, Flops flops, Bytes linkBytes, Seconds time)
    {
        var a = c.Accelerator;
        var e = a.Energy;
        var hbm = bytes * a.Memory.AccessEnergy;
        var onChip = bytes * e.OnChipPerByte;
        var compute = flops * c.EnergyPerFlop;
        var sram = bytes * c.Scenario.Serving.SramBytesPerHbmByte * e.SramPerByte;
        var link = linkBytes * e.LinkPerByte;
        var dynamic = hbm + onChip + compute + sram + link;
        var headroom = (a.Power.Tdp - a.Power.Idle) * time;
        var scale = dynamic > headroom ? headroom / dynamic : 1.0;
        return new StepEnergy(a.Power.Idle * time, hbm * scale, onChip * scale, compute * scale, sram * scale, link * scale, scale, time);
    }

    /// <summary>Average board power over a step that moved <paramref name="bytes"/>, did <paramref name="flops"/> and sent <paramref name="linkBytes"/> in <paramref name="time"/>.</summary>
    public static Watts Draw(ScenarioContext c, Bytes bytes, Flops flops, Bytes linkBytes, Seconds time) =>
        Parts(c, bytes, flops, linkBytes, time).Power;

    /// <summary>As <see cref="Draw(ScenarioContext, Bytes, Flops, Bytes, Seconds)"/>, recording the parts and the power.</summary>
    public static Watts Draw(ScenarioContext c, Bytes bytes, Flops flops, Bytes linkBytes, Seconds time, string label, Derivation d)
    {
        var a = c.Accelerator;
        var p = Parts(c, bytes, flops, linkBytes, time);
        var dynamic = d.Step(
            $"{label}: dynamic energy",
            "E_dyn = (bytes x (e_hbm + e_onchip) + F x e_flop + bytes x k_sram x e_sram + bytes sent x e_link) x s_cap",
            p.Dynamic,
            In("bytes", bytes),
            In("e_hbm", a.Memory.AccessEnergy),
            In("e_onchip", a.Energy.OnChipPerByte),
            In("F", flops),
            In("e_flop", c.EnergyPerFlop),
            In("k_sram", Quantity.Number(c.Scenario.Serving.SramBytesPerHbmByte)),
            In("e_sram", a.Energy.SramPerByte),
            In("bytes sent", linkBytes),
            In("e_link", a.Energy.LinkPerByte),
            In("s_cap", Quantity.Share(p.CapScale)));
        return d.Step(
            $"{label}: board power",
            "P = min(TDP, P_idle + E_dyn / t)",
            p.Power,
            In("P_idle", a.Power.Idle),
            In("E_dyn", dynamic),
            In("t", time),
            In("TDP", a.Power.Tdp));
    }
}
