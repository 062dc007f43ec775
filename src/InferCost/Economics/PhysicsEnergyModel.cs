using InferCost.Explain;
using InferCost.Performance;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Economics;

/// <summary>
/// The decode step's energy broken into its physical parts: the same parts (<see cref="PowerModel.Parts"/>) whose
/// sum over the step time is the board power that is costed, so the breakdown adds up to the costed power.
/// </summary>
public static class PhysicsEnergyModel
{
    /// <summary>Breaks the decode step's energy into its physical parts.</summary>
    public static PhysicsEnergy Evaluate(ScenarioContext c, DecodeStep step, Bytes linkBytes, Derivation d)
    {
        d.Section = "Energy";
        var a = c.Accelerator;
        var p = PowerModel.Parts(c, step.Bytes, step.Flops, linkBytes, step.StepTime);
        var cap = In("s_cap", Quantity.Share(p.CapScale));
        var hbm = d.Step("HBM energy per step", "E_hbm = bytes x e_hbm x s_cap", p.Hbm,
            In("bytes", step.Bytes), In("e_hbm", a.Memory.AccessEnergy), cap);
        var onChip = d.Step("On-chip data path energy per step", "E_onchip = bytes x e_onchip x s_cap", p.OnChip,
            In("bytes", step.Bytes), In("e_onchip", a.Energy.OnChipPerByte), cap);
        var compute = d.Step("Tensor compute energy per step", "E_compute = F x e_flop(precision) x s_cap", p.Compute,
            In("F", step.Flops), In("e_flop", c.EnergyPerFlop), cap);
        var sram = d.Step("SRAM energy per step", "E_sram = bytes x k_sram x e_sram x s_cap", p.Sram,
            In("bytes", step.Bytes), In("k_sram", Quantity.Number(c.Scenario.Serving.SramBytesPerHbmByte)), In("e_sram", a.Energy.SramPerByte), cap);
        var links = d.Step("Link energy per step", "E_link = bytes sent x e_link x s_cap", p.Link,
            In("bytes sent", linkBytes), In("e_link", a.Energy.LinkPerByte), cap);
        var idle = d.Step("Static energy per step", "E_static = P_idle x t_step", p.Static,
            In("P_idle", a.Power.Idle), In("t_step", step.StepTime));
        var total = d.Step("Physics energy per step per GPU", "E = E_hbm + E_onchip + E_compute + E_sram + E_link + E_static",
            p.Total,
            In("E_hbm", hbm), In("E_onchip", onChip), In("E_compute", compute), In("E_sram", sram), In("E_link", links), In("E_static", idle));
        var perToken = d.Step("Physics energy per output token", $"e_token = E x {c.ReplicaGpusSymbol} / B",
            CycleEnergy.PerOutputToken(total, c.GpusPerReplica, step.Batch),
            In("E", total), In(c.ReplicaGpusSymbol, Quantity.Count(c.GpusPerReplica)), In("B", Quantity.Count(step.Batch)));
        var power = d.Step("Physics power per GPU (= decode board power)", "P = E / t_step", p.Power, In("E", total), In("t_step", step.StepTime));
        PowerComponent Part(string id, string name, Joules j) => new(
            id,
            name,
            d.Step($"{name}: power", "P = E_component / t_step", j / step.StepTime, In("E_component", j), In("t_step", step.StepTime)),
            d.Step($"{name}: share of GPU power", "E_component / E", Quantity.Share(j / total), In("E_component", j), In("E", total)));
        return new PhysicsEnergy(total, power, perToken,
        [
            Part("compute", "SM compute (tensor cores)", compute),
            Part("hbm", "HBM reads/writes", hbm),
            Part("onchip", "On-chip data path (PHY, NoC, L2)", onChip),
            Part("sram", "SRAM fill and spill", sram),
            Part("links", "NVLink / scale-up links", links),
            Part("static", "Idle floor (leakage, clocks, housekeeping)", idle),
        ]);
    }
}
