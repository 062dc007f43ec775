using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>The NVMe drive a KV-offload tier is built from (data/storage.yaml <c>nvme:</c>).</summary>
/// <param name="Name">Drive model.</param>
/// <param name="Capacity">Capacity of one drive.</param>
/// <param name="Read">Sequential read bandwidth of one drive.</param>
/// <param name="Active">Power of one drive while streaming.</param>
/// <param name="DrivesPerGpu">Default drives per GPU the offload NVMe is spread over.</param>
/// <param name="DriveWritesPerDay">Rated endurance: full-capacity writes per day over the warranty.</param>
public sealed record NvmeDriveSpec(string Name, Bytes Capacity, BytesPerSecond Read, Watts Active, int DrivesPerGpu, double DriveWritesPerDay);
