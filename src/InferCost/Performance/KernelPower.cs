using InferCost.Units;

namespace InferCost.Performance;

/// <summary>
/// What a kernel's energy costs in time: the board cannot draw more than its TDP, so a kernel that moves B bytes and does
/// F FLOPs takes at least (B x e_byte + F x e_flop) / (TDP - P_idle), whatever its roofline says. The energies are the
/// catalog's, the same that cap the tensor rate (<see cref="SustainedCompute"/>) and that the power model costs
/// (<see cref="Economics.PowerModel"/>): time and joules come from one physics.
/// </summary>
/// <param name="PerByte">Dynamic energy per HBM byte moved: the DRAM access, the on-chip path and the SRAM touches.</param>
/// <param name="PerFlop">Energy per FLOP at the weights' compute precision.</param>
/// <param name="AttentionPerFlop">Energy per FLOP at the attention precision.</param>
/// <param name="HeadPerFlop">Energy per FLOP at the LM head's precision.</param>
/// <param name="Headroom">TDP minus idle power: the dynamic power a kernel may draw.</param>
public readonly record struct KernelPower(JoulesPerByte PerByte, JoulesPerFlop PerFlop, JoulesPerFlop AttentionPerFlop, JoulesPerFlop HeadPerFlop, Watts Headroom)
{
    /// <summary>The shortest time the board can spend <paramref name="energy"/> in.</summary>
    public Seconds Floor(Joules energy) => energy / Headroom;
}
