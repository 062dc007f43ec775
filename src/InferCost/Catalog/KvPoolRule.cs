namespace InferCost.Catalog;

/// <summary>How a serving stack sizes the memory it may fill (weights, activation workspace and the KV pool).</summary>
public enum KvPoolRule
{
    /// <summary>
    /// A fraction of the device's total memory holds everything the stack allocates (vLLM gpu_memory_utilization,
    /// SGLang mem_fraction_static): M_usable = f x M - reserve.
    /// </summary>
    TotalFraction,

    /// <summary>
    /// The KV pool is a fraction of the memory still free after the weights, workspace and reserve
    /// (TensorRT-LLM kv_cache_free_gpu_mem_fraction): KV pool = f x (M - reserve - weights - workspace).
    /// </summary>
    FreeAfterWeights,
}
