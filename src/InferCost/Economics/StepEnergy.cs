using InferCost.Units;

namespace InferCost.Economics;

/// <summary>
/// A forward pass's energy on one GPU by physical part, computed by <see cref="PowerModel.Parts"/>. When the parts'
/// power would exceed the TDP the board's clocks drop to hold it, so the dynamic parts are scaled down together to
/// end at the TDP (<see cref="CapScale"/> below 1); the parts then sum to exactly the board power that is costed.
/// </summary>
/// <param name="Static">Idle (static) power over the step: P_idle x t.</param>
/// <param name="Hbm">Bytes through HBM x e_hbm (the DRAM's access energy).</param>
/// <param name="OnChip">Bytes through HBM x e_onchip (PHY, memory controllers, network on chip, L2).</param>
/// <param name="Compute">Tensor FLOPs x e_flop at the compute precision.</param>
/// <param name="Sram">Bytes from HBM x k_sram x e_sram.</param>
/// <param name="Link">Bytes sent over scale-up links x e_link.</param>
/// <param name="CapScale">Factor applied to the dynamic parts to hold the TDP (1 below the cap).</param>
/// <param name="Time">The step time the energy is spread over.</param>
public readonly record struct StepEnergy(Joules Static, Joules Hbm, Joules OnChip, Joules Compute, Joules Sram, Joules Link, double CapScale, Seconds Time)
{
    /// <summary>The dynamic parts after the cap.</summary>
    public Joules Dynamic => Hbm + OnChip + Compute + Sram + Link;

    /// <summary>All parts.</summary>
    public Joules Total => Static + Dynamic;

    /// <summary>Board power over the step: total energy / t (at most the TDP).</summary>
    public Watts Power => Total / Time;
}
