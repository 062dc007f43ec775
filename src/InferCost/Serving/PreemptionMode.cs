namespace InferCost.Serving;

/// <summary>What happens to a running request whose KV must give way when the blocks run out.</summary>
public enum PreemptionMode
{
    /// <summary>Its KV is dropped and recomputed later as one prefill of its prompt and the tokens it has produced (vLLM V1).</summary>
    Recompute,

    /// <summary>Its KV is copied to host memory over the host link and copied back before it resumes (vLLM V0's swap).</summary>
    Swap,
}
