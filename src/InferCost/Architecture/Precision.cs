namespace InferCost.Architecture;

/// <summary>A numeric format for weights, KV cache or tensor arithmetic.</summary>
public enum Precision
{
    /// <summary>IEEE half precision, 16 bits.</summary>
    Fp16,
    /// <summary>bfloat16, 16 bits.</summary>
    Bf16,
    /// <summary>8-bit floating point (E4M3), with per-tensor or per-block scales.</summary>
    Fp8,
    /// <summary>4-bit floating point (E2M1) with an 8-bit scale per 16 values (NVFP4), 4.5 bits per value in all.</summary>
    Fp4,
}
