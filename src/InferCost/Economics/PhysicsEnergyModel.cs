using System.Collections.Immutable;
using InferCost.Architecture;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Economics;

/// <summary>
/// Energy of a decode step from what it physically does: bytes through HBM x pJ/byte, FLOPs x pJ/FLOP
/// (scaling with operand width), on-chip SRAM traffic, link traffic, and static power over the step.
/// </summary>
public static class PhysicsEnergyModel
{
    /// <summary>Energy of one dense FLOP at a precision: the BF16 figure scaled by operand width.</summary>
    public static JoulesPerFlop EnergyPerFlop(JoulesPerFlop bf16, Precision p) =>
        bf16 * (PrecisionFacts.BytesPerValue(p) / 2.0);

    /// <summary>Breaks the decode step's energy into its physical parts.</summary>
    public static PhysicsEnergy Evaluate(ScenarioContext c, DecodeStep step, Derivation d)
    {
        d.Section = "Energy";
        var e = c.Accelerator.Energy;
        var hbm = d.Step("HBM energy per step", "E_hbm = bytes x e_hbm", step.Bytes * c.Accelerator.Memory.AccessEnergy,
            In("bytes", step.Bytes), In("e_hbm", c.Accelerator.Memory.AccessEnergy));
        var perFlop = EnergyPerFlop(e.ComputePerFlopBf16, c.ComputePrecision);
        var compute = d.Step("Tensor compute energy per step", "E_compute = F x e_flop(precision)", step.Flops * perFlop,
            In("F", step.Flops), In("e_flop", perFlop));
        var sramBytes = step.Bytes * c.Scenario.Serving.SramBytesPerHbmByte;
        var sram = d.Step("SRAM energy per step", "E_sram = bytes x k_sram x e_sram", sramBytes * e.SramPerByte,
            In("bytes", step.Bytes), In("k_sram", Quantity.Number(c.Scenario.Serving.SramBytesPerHbmByte)), In("e_sram", e.SramPerByte));
        var links = d.Step("Link energy per step", "E_link = bytes sent x e_link", step.CommunicationBytes * e.LinkPerByte,
            In("bytes sent", step.CommunicationBytes), In("e_link", e.LinkPerByte));
        var leakage = d.Step("Static energy per step", "E_static = P_static x t_step", e.Static * step.StepTime,
            In("P_static", e.Static), In("t_step", step.StepTime));
        var total = d.Step("Physics energy per step per GPU", "E = E_hbm + E_compute + E_sram + E_link + E_static",
            hbm + compute + sram + links + leakage,
            In("E_hbm", hbm), In("E_compute", compute), In("E_sram", sram), In("E_link", links), In("E_static", leakage));
        var perToken = d.Step("Physics energy per output token", "e_token = E x TP / B",
            CycleEnergy.PerOutputToken(total, c.GpusPerReplica, step.Batch),
            In("E", total), In("TP", Quantity.Count(c.GpusPerReplica)), In("B", Quantity.Count(step.Batch)));
        var power = d.Step("Physics power per GPU", "P = E / t_step", total / step.StepTime, In("E", total), In("t_step", step.StepTime));
        PowerComponent Part(string id, string name, Joules j) => new(
            id,
            name,
            d.Step($"{name}: power", "P = E_component / t_step", j / step.StepTime, In("E_component", j), In("t_step", step.StepTime)),
            d.Step($"{name}: share of GPU power", "E_component / E", Quantity.Share(j / total), In("E_component", j), In("E", total)));
        return new PhysicsEnergy(total, power, perToken,
        [
            Part("compute", "SM compute (tensor cores)", compute),
            Part("hbm", "HBM reads/writes", hbm),
            Part("sram", "SRAM fill and spill", sram),
            Part("links", "NVLink / scale-up links", links),
            Part("static", "Leakage + housekeeping", leakage),
        ]);
    }
}
