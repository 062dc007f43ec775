using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>An accelerator's device memory (HBM or GDDR).</summary>
/// <param name="Capacity">Capacity (decimal bytes, as datasheets state).</param>
/// <param name="Bandwidth">Peak bandwidth.</param>
/// <param name="AccessEnergy">Energy per byte read or written.</param>
/// <param name="DriverReported">
/// The memory the driver exposes (nvidia-smi memory.total), when known: datasheet "GB" are often GiB, or a little less
/// (H100 "80 GB" is 81,559 MiB = 85.5 GB); null when only the datasheet figure is known.
/// </param>
public sealed record MemorySpec(Bytes Capacity, BytesPerSecond Bandwidth, JoulesPerByte AccessEnergy, Bytes? DriverReported = null)
{
    /// <summary>What a serving stack can allocate from: the driver-reported memory when known, else the datasheet capacity.</summary>
    public Bytes Addressable => DriverReported ?? Capacity;
}
