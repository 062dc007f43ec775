namespace InferCost.Architecture;

/// <summary>How a layer's attention stores its keys and values.</summary>
public enum AttentionKind
{
    /// <summary>Multi-head or grouped-query attention: each KV head keeps its own K and V.</summary>
    GroupedQuery,
    /// <summary>Multi-head latent attention (DeepSeek-V2/V3): one compressed latent plus a shared RoPE key per token.</summary>
    MultiHeadLatent,
}
