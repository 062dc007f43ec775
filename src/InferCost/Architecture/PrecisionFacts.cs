namespace InferCost.Architecture;

/// <summary>Storage size and names of each <see cref="Precision"/>.</summary>
public static class PrecisionFacts
{
    /// <summary>The names accepted on input, in order of <see cref="Precision"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["fp16", "bf16", "fp8", "fp4"];

    /// <summary>
    /// Bytes stored per value. FP4 counts its block scales as NVFP4 (the default FP4 format): one FP8 scale per 16
    /// values, so 4 + 8/16 = 4.5 bits; FP8's per-block scales (one per 128x128 block) are below 0.01% and ignored.
    /// </summary>
    public static double BytesPerValue(Precision p) => BytesPerValue(p, Fp4Format.Nvfp4);

    /// <summary>
    /// Bytes stored per value with FP4 in the given block-scaled <paramref name="fp4"/> format:
    /// NVFP4 4 + 8/16 = 4.5 bits, MXFP4 4 + 8/32 = 4.25 bits (see <see cref="BlockScaledBits"/>).
    /// </summary>
    public static double BytesPerValue(Precision p, Fp4Format fp4) => p switch
    {
        Precision.Fp16 or Precision.Bf16 => 2.0,
        Precision.Fp8 => 1.0,
        Precision.Fp4 => (fp4 == Fp4Format.Mxfp4 ? BlockScaledBits(4, 8, 32) : BlockScaledBits(4, 8, 16)) / 8.0,
        _ => throw new ArgumentOutOfRangeException(nameof(p), p, "Unknown precision."),
    };

    /// <summary>
    /// Bits stored per value of a block-scaled format: element bits + scale bits / block size. NVFP4: one E4M3 scale
    /// per 16 E2M1 values (4.5 bits; its one FP32 per-tensor scale adds 32 bits per matrix of millions of values, under
    /// 1e-5 bits per value, and is left out). MXFP4 (OCP Microscaling spec v1.0): one E8M0 scale per 32 values (4.25 bits).
    /// </summary>
    public static double BlockScaledBits(double elementBits, double scaleBits, int blockSize) => elementBits + (scaleBits / blockSize);

    /// <summary>
    /// The FP4 format an accelerator's vendor runs: NVFP4 on NVIDIA (Blackwell's FP4 tensor-core peak is quoted for it,
    /// and ModelOpt ships NVFP4 checkpoints), MXFP4 elsewhere (AMD CDNA 4 supports the OCP MX formats, not NVFP4).
    /// </summary>
    public static Fp4Format Fp4FormatFor(string vendor) =>
        string.Equals(vendor, "NVIDIA", StringComparison.OrdinalIgnoreCase) ? Fp4Format.Nvfp4 : Fp4Format.Mxfp4;

    /// <summary>
    /// The precision of the input embedding and the LM head for a checkpoint whose other weights are in
    /// <paramref name="weights"/>: in FP8 and FP4 checkpoints the serving stack's LM head precision
    /// (<paramref name="quantisedHead"/>, BF16 for every catalog stack: NVIDIA ModelOpt and compressed-tensors leave
    /// <c>lm_head</c> and the embedding out of quantisation), else the weights' own precision.
    /// </summary>
    public static Precision HeadPrecision(Precision weights, Precision quantisedHead) =>
        weights is Precision.Fp8 or Precision.Fp4 ? quantisedHead : weights;

    /// <summary>
    /// The precision attention's matrix products (QK^T and PV) run at for a KV cache in <paramref name="kv"/>: the KV
    /// precision (FlashAttention-3 and TensorRT-LLM run FP8 attention on an FP8 cache), but an FP4 cache is dequantised
    /// to FP8 for the products, as no attention kernel multiplies in FP4.
    /// </summary>
    public static Precision AttentionPrecision(Precision kv) => kv == Precision.Fp4 ? Precision.Fp8 : kv;

    /// <summary>The lower-case name (fp16, bf16, fp8, fp4).</summary>
    public static string Name(Precision p) => Names[(int)p];

    /// <summary>Parses a precision name, case-insensitively.</summary>
    public static bool TryParse(string? text, out Precision precision)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                precision = (Precision)i;
                return true;
            }
        }

        precision = default;
        return false;
    }
}
