using System.Collections.Immutable;
using InferCost.Architecture;
using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>Per-operation energies for the step power model (the same figures set the power-capped FLOP/s).</summary>
/// <param name="ComputePerFlop">Energy of one dense tensor FLOP at each precision the tensor cores run (the same keys as the dense compute rates).</param>
/// <param name="OnChipPerByte">
/// Energy to carry one byte from the HBM interface to the SMs beyond the DRAM's own access energy (PHY, memory
/// controllers, network on chip, L2, load path).
/// </param>
/// <param name="SramPerByte">On-chip SRAM (L2, shared memory) access energy.</param>
/// <param name="LinkPerByte">Scale-up link energy per byte sent.</param>
public sealed record EnergySpec(ImmutableDictionary<Precision, JoulesPerFlop> ComputePerFlop, JoulesPerByte OnChipPerByte, JoulesPerByte SramPerByte, JoulesPerByte LinkPerByte)
{
    /// <summary>Energy of one dense FLOP at a precision the tensor cores run (the catalog loader checks every one has a figure).</summary>
    public JoulesPerFlop PerFlop(Precision p) => ComputePerFlop[p];
}
