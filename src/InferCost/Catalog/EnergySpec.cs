using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>Per-operation energies for the physics energy model.</summary>
/// <param name="ComputePerFlopBf16">Energy of one dense BF16 tensor FLOP; FP8 and FP4 scale with operand width.</param>
/// <param name="SramPerByte">On-chip SRAM (L2, shared memory) access energy.</param>
/// <param name="LinkPerByte">Scale-up link energy per byte sent.</param>
/// <param name="Static">Static leakage and housekeeping power.</param>
public sealed record EnergySpec(JoulesPerFlop ComputePerFlopBf16, JoulesPerByte SramPerByte, JoulesPerByte LinkPerByte, Watts Static);
