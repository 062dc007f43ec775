using InferCost.Units;

namespace InferCost.Economics;

/// <summary>The layers of the $/productive-GPU-hour stack, computed by <see cref="GpuHourCostModel.Breakdown"/>.</summary>
/// <param name="ProductiveTime">Productive time over the GPU's life.</param>
/// <param name="GpuCapital">GPU capital per productive hour.</param>
/// <param name="RackCapital">Rack and system capital per productive hour.</param>
/// <param name="GpuPower">GPU power averaged over productive hours (idle hours included).</param>
/// <param name="GpuEnergy">GPU electricity per productive hour.</param>
/// <param name="HostPower">The host's share per GPU (CPUs, memory, NICs, fans, power-supply losses) averaged over productive hours.</param>
/// <param name="HostEnergy">Host electricity per productive hour.</param>
/// <param name="StoragePower">Drive power per productive hour.</param>
/// <param name="Storage">NAND capital and electricity per productive hour.</param>
/// <param name="NicPower">NIC power per productive hour.</param>
/// <param name="Network">Network capital and electricity per productive hour.</param>
/// <param name="ItPower">IT power per GPU per productive hour: GPU + host share + drives + network + the offload tier.</param>
/// <param name="Facility">Facility overhead (PUE - 1) per productive hour.</param>
/// <param name="Infrastructure">Sum of the layers before labour.</param>
/// <param name="Labour">Labour and software.</param>
/// <param name="Total">Cost per productive GPU-hour.</param>
public readonly record struct GpuHourBreakdown(
    Seconds ProductiveTime,
    DollarsPerHour GpuCapital,
    DollarsPerHour RackCapital,
    Watts GpuPower,
    DollarsPerHour GpuEnergy,
    Watts HostPower,
    DollarsPerHour HostEnergy,
    Watts StoragePower,
    DollarsPerHour Storage,
    Watts NicPower,
    DollarsPerHour Network,
    Watts ItPower,
    DollarsPerHour Facility,
    DollarsPerHour Infrastructure,
    DollarsPerHour Labour,
    DollarsPerHour Total)
{
    /// <summary>The KV-offload tier's capital and power per productive hour (zero without offload).</summary>
    public DollarsPerHour KvOffload { get; init; }

    /// <summary>The KV-offload tier's power per productive hour (in <see cref="ItPower"/>).</summary>
    public Watts OffloadPower { get; init; }

    /// <summary>The network's traffic-proportional power outside the GPU board, averaged over the cycle (not in <see cref="ItPower"/>).</summary>
    public Watts NetworkPower { get; init; }

    /// <summary>The network-energy layer: <see cref="NetworkPower"/> x price x PUE (its facility overhead included).</summary>
    public DollarsPerHour NetworkEnergy { get; init; }

    /// <summary>The electricity layers: GPU energy, host energy, facility overhead and network energy.</summary>
    public DollarsPerHour Power => GpuEnergy + HostEnergy + Facility + NetworkEnergy;
}
