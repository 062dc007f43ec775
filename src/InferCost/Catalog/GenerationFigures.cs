using InferCost.Architecture;

namespace InferCost.Catalog;

/// <summary>The ids, names and readings of each <see cref="GenerationFigure"/>, and the range a per-generation rate may take.</summary>
public static class GenerationFigures
{
    /// <summary>
    /// The smallest per-generation rate accepted: a figure may shrink to a tenth per generation at most. The catalogued
    /// series moves no figure by more than 3.3x in one step (A100 -> H100 FP16 3.2x, B300 -> Rubin FP4 2.6x), so a tenth
    /// or ten times is already beyond anything seen.
    /// </summary>
    public const double MinRate = 0.1;

    /// <summary>The largest per-generation rate accepted (see <see cref="MinRate"/>).</summary>
    public const double MaxRate = 10;

    /// <summary>Every figure, in report order.</summary>
    public static IReadOnlyList<GenerationFigure> All { get; } = Enum.GetValues<GenerationFigure>();

    /// <summary>The figure's id in data files and overrides (hbm-bandwidth, compute, ...).</summary>
    public static string Id(GenerationFigure f) => f switch
    {
        GenerationFigure.HbmBandwidth => "hbm-bandwidth",
        GenerationFigure.HbmCapacity => "hbm-capacity",
        GenerationFigure.Compute => "compute",
        GenerationFigure.EnergyPerBit => "energy-per-bit",
        GenerationFigure.EnergyPerFlop => "energy-per-flop",
        GenerationFigure.Tdp => "tdp",
        GenerationFigure.IdlePower => "idle-power",
        _ => "price",
    };

    /// <summary>The figure in words.</summary>
    public static string Name(GenerationFigure f) => f switch
    {
        GenerationFigure.HbmBandwidth => "HBM bandwidth",
        GenerationFigure.HbmCapacity => "HBM capacity",
        GenerationFigure.Compute => "Dense FLOP/s (every precision)",
        GenerationFigure.EnergyPerBit => "HBM energy per bit",
        GenerationFigure.EnergyPerFlop => "Energy per FLOP (every precision)",
        GenerationFigure.Tdp => "TDP",
        GenerationFigure.IdlePower => "Idle power",
        _ => "Price per GPU",
    };

    /// <summary>The figure whose id is <paramref name="id"/> (case-insensitive), or null.</summary>
    public static GenerationFigure? Parse(string id)
    {
        var key = id.Trim().ToLowerInvariant();
        return All.Cast<GenerationFigure?>().FirstOrDefault(f => Id(f!.Value) == key);
    }

    /// <summary>
    /// The figure's value on an accelerator, in SI units. Compute and energy per FLOP are read at FP16, the one precision
    /// every generation of the series runs (A100 has no FP8, Hopper no FP4); the other precisions follow at the same rate.
    /// </summary>
    public static double Read(Accelerator a, GenerationFigure f) => f switch
    {
        GenerationFigure.HbmBandwidth => a.Memory.Bandwidth.Value,
        GenerationFigure.HbmCapacity => a.Memory.Capacity.Value,
        GenerationFigure.Compute => a.DenseCompute[a.ComputePrecisionFor(Precision.Fp16)].Value,
        GenerationFigure.EnergyPerBit => a.Memory.AccessEnergy.Value,
        GenerationFigure.EnergyPerFlop => a.Energy.PerFlop(a.ComputePrecisionFor(Precision.Fp16)).Value,
        GenerationFigure.Tdp => a.Power.Tdp.Value,
        GenerationFigure.IdlePower => a.Power.Idle.Value,
        _ => a.Price.Value,
    };
}
