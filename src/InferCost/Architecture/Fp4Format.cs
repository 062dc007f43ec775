namespace InferCost.Architecture;

/// <summary>A block-scaled 4-bit floating-point format (E2M1 values with a shared scale per block).</summary>
public enum Fp4Format
{
    /// <summary>NVIDIA NVFP4: one E4M3 scale per 16 values plus one FP32 scale per tensor (4.5 bits per value).</summary>
    Nvfp4,

    /// <summary>OCP MXFP4: one E8M0 (power-of-two) scale per 32 values (4.25 bits per value); gpt-oss's native format.</summary>
    Mxfp4,
}
