using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>An accelerator's device memory (HBM or GDDR).</summary>
/// <param name="Capacity">Capacity (decimal bytes, as datasheets state).</param>
/// <param name="Bandwidth">Peak bandwidth.</param>
/// <param name="AccessEnergy">Energy per byte read or written.</param>
public sealed record MemorySpec(Bytes Capacity, BytesPerSecond Bandwidth, JoulesPerByte AccessEnergy);
