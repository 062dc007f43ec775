namespace InferCost.Catalog;

/// <summary>A serving stack's default KV-cache precision, given the weight precision.</summary>
public enum KvPrecisionRule
{
    /// <summary>
    /// The checkpoint's quantisation covers the cache: FP8 with FP8 or FP4 weights (FP4 KV is not served by default),
    /// else the weight precision (TensorRT-LLM with ModelOpt checkpoints, which carry kv_cache_quant_algo FP8).
    /// </summary>
    FollowWeights,

    /// <summary>
    /// kv_cache_dtype 'auto': the model's activation dtype, the weight precision for 16-bit weights and BF16 for
    /// quantised ones (vLLM and SGLang unless --kv-cache-dtype is given).
    /// </summary>
    ModelDtype,
}
