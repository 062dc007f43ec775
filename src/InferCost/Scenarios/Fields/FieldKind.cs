namespace InferCost.Scenarios.Fields;

/// <summary>What kind of value a scenario field takes, which decides how a face parses its text.</summary>
public enum FieldKind
{
    /// <summary>A model id from the catalog, or a path to a Hugging Face config.json.</summary>
    ModelIdOrPath,

    /// <summary>An id from a catalog list (accelerators, regions).</summary>
    CatalogId,

    /// <summary>A numeric precision name (fp16, bf16, fp8, fp4).</summary>
    Precision,

    /// <summary>A whole number within the field's range.</summary>
    WholeNumber,

    /// <summary>A whole number of requests, or "max" for the largest batch that fits.</summary>
    Batch,

    /// <summary>A token count, with k/m suffixes (k = 1,024).</summary>
    TokenCount,

    /// <summary>A finite real number within the field's range.</summary>
    Number,

    /// <summary>Disaggregated prefill/decode pools as xPyD text (2P1D), or "none".</summary>
    Disaggregation,

    /// <summary>A KV link: scale-out, scale-up, or a bandwidth per GPU in GB/s.</summary>
    KvLink,
}
