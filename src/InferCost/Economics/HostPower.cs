using InferCost.Units;

namespace InferCost.Economics;

/// <summary>
/// The host's share of a system's power per GPU (CPUs, memory, NICs, switch chips, fans, drives, power-supply losses).
/// At the system's maximum it is (system power - GPUs x TDP) / GPUs. Below it, a fixed part (k, the host's idle
/// fraction) is drawn whatever the GPUs do, and the rest (fans, conversion losses) follows the GPUs' load:
/// P_host = P_host,max x (k + (1 - k) x a), a = (P_gpu - P_idle) / (TDP - P_idle), clamped to [0, 1].
/// </summary>
public static class HostPower
{
    /// <summary>The GPUs' load as a fraction of their dynamic range: (P_gpu - P_idle) / (TDP - P_idle), in [0, 1].</summary>
    public static double GpuLoad(Watts gpuPower, Watts idle, Watts tdp) =>
        Math.Clamp((gpuPower - idle) / (tdp - idle), 0, 1);

    /// <summary>P_host,max x (k + (1 - k) x a): the host's draw per GPU while its GPUs draw <paramref name="gpuPower"/>.</summary>
    public static Watts PerGpu(Watts hostAtMax, double idleFraction, Watts gpuPower, Watts idle, Watts tdp) =>
        hostAtMax * (idleFraction + ((1 - idleFraction) * GpuLoad(gpuPower, idle, tdp)));
}
