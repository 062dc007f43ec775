namespace InferCost.Architecture;

/// <summary>Storage size and names of each <see cref="Precision"/>.</summary>
public static class PrecisionFacts
{
    /// <summary>The names accepted on input, in order of <see cref="Precision"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["fp16", "bf16", "fp8", "fp4"];

    /// <summary>
    /// Bytes stored per value. FP4 counts its block scales: NVFP4 keeps one FP8 scale per 16 values,
    /// so 4 + 8/16 = 4.5 bits; FP8's per-block scales (one per 128x128 block) are below 0.01% and ignored.
    /// </summary>
    public static double BytesPerValue(Precision p) => p switch
    {
        Precision.Fp16 or Precision.Bf16 => 2.0,
        Precision.Fp8 => 1.0,
        Precision.Fp4 => 4.5 / 8.0,
        _ => throw new ArgumentOutOfRangeException(nameof(p), p, "Unknown precision."),
    };

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
