using InferCost.Units;

namespace InferCost.Catalog;

/// <summary>
/// The system an accelerator is deployed in (a DGX/HGX server, an NVL72 rack, an OAM platform, a PCIe server): its
/// power at the wall less the GPUs' boards is the host's, shared by its GPUs.
/// </summary>
/// <param name="System">System name (NVIDIA DGX H200, GB200 NVL72, ...).</param>
/// <param name="GpusPerSystem">Accelerators in one system.</param>
/// <param name="SystemPower">The system's maximum power at the wall (GPUs, CPUs, memory, NICs, switches, fans, drives, power-supply losses).</param>
/// <param name="HostIdleFraction">
/// Share of the host's maximum power it draws with its GPUs idle: CPUs, DIMMs, NICs, switch chips and the BMC draw much
/// the same loaded or not, while fans and power-supply losses follow the GPUs' load.
/// </param>
public sealed record PlatformSpec(string System, int GpusPerSystem, Watts SystemPower, double HostIdleFraction)
{
    /// <summary>The host's power per GPU at the system's maximum: (system power - GPUs x TDP) / GPUs.</summary>
    public Watts HostPowerAtMax(Watts gpuTdp) => (SystemPower - (gpuTdp * GpusPerSystem)) / GpusPerSystem;
}
