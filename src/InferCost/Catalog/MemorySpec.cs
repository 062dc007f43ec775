using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>An accelerator's device memory (HBM or GDDR).</summary>
/// <param name="Capacity">
/// Capacity in true bytes: the total the driver reports (nvidia-smi memory.total, rocm-smi VRAM total, hl-smi), which is
/// what a serving stack can allocate from. Datasheets' "80 GB", "141 GB", "192 GB" are binary gigabytes or rounded
/// figures, so the datasheet number in decimal bytes is wrong by up to 7%.
/// </param>
/// <param name="Bandwidth">Peak bandwidth.</param>
/// <param name="AccessEnergy">Energy per byte read or written.</param>
/// <param name="DatasheetCapacity">The datasheet's capacity read as decimal GB, kept for display and for the unit check.</param>
public sealed record MemorySpec(Bytes Capacity, BytesPerSecond Bandwidth, JoulesPerByte AccessEnergy, Bytes DatasheetCapacity);
