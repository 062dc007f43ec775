namespace InferCost.Catalog;

/// <summary>The host CPU an accelerator platform ships with: what runs the serving stack's scheduler.</summary>
/// <param name="Cpu">CPU model (e.g. Intel Xeon Platinum 8480C, NVIDIA Grace).</param>
/// <param name="RelativeSpeed">Single-core speed relative to the reference host (Xeon Platinum 8480C in DGX H100 = 1): per-request scheduling time divides by it.</param>
public sealed record HostSpec(string Cpu, double RelativeSpeed);
