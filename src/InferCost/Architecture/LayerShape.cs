namespace InferCost.Architecture;

/// <summary>One decoder layer.</summary>
/// <param name="FeedForward">Its feed-forward block.</param>
/// <param name="AttentionWindow">Tokens a sliding-window or chunked-attention layer keeps (null = full attention).</param>
public sealed record LayerShape(FeedForwardShape FeedForward, int? AttentionWindow = null);
