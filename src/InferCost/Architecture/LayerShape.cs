namespace InferCost.Architecture;

/// <summary>One decoder layer.</summary>
/// <param name="FeedForward">Its feed-forward block.</param>
/// <param name="AttentionWindow">Tokens a sliding-window or chunked-attention layer keeps (null = full attention).</param>
/// <param name="ChunkedAttention">
/// Whether the window is an attention chunk (Llama 4: tokens attend within their 8,192-token chunk) rather than a
/// sliding window; stacks allocate KV for the two differently.
/// </param>
public sealed record LayerShape(FeedForwardShape FeedForward, int? AttentionWindow = null, bool ChunkedAttention = false);
