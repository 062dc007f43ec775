namespace InferCost.Architecture;

/// <summary>Where a model's parameters live, summed over all layers.</summary>
/// <param name="Embedding">Input embedding table (V x d).</param>
/// <param name="LmHead">Output projection (V x d); 0 when tied to the embedding.</param>
/// <param name="Attention">Q, K, V, O projections (or MLA's compressions), with biases.</param>
/// <param name="Norms">RMSNorm / LayerNorm weights.</param>
/// <param name="DenseFeedForward">Dense FFN weights in non-MoE layers.</param>
/// <param name="RoutedExperts">All routed experts of all MoE layers.</param>
/// <param name="SharedExperts">Always-active shared experts.</param>
/// <param name="Routers">Expert routers (gates).</param>
/// <param name="ActiveRoutedExperts">Routed-expert parameters one token activates (k per MoE layer).</param>
public sealed record ParameterBreakdown(
    double Embedding,
    double LmHead,
    double Attention,
    double Norms,
    double DenseFeedForward,
    double RoutedExperts,
    double SharedExperts,
    double Routers,
    double ActiveRoutedExperts)
{
    /// <summary>Every stored parameter.</summary>
    public double Total => Embedding + LmHead + Attention + Norms + DenseFeedForward + RoutedExperts + SharedExperts + Routers;

    /// <summary>Parameters that are not routed experts: read for every token.</summary>
    public double AlwaysActive => Total - RoutedExperts;

    /// <summary>Parameters one token uses, counting the embedding table whole (Meta, Mistral, DeepSeek, Qwen convention).</summary>
    public double Active => AlwaysActive + ActiveRoutedExperts;

    /// <summary>Active parameters less the input embedding (OpenAI's convention for gpt-oss: a lookup is not compute).</summary>
    public double ActiveExcludingInputEmbedding => LmHead > 0 ? Active - Embedding : Active;

    /// <summary>Parameters each token multiplies through (matrix products): active, without the embedding lookup and norms; the LM head counts, tied or not.</summary>
    public double ActiveMatmul => Active - Embedding - Norms + (LmHead > 0 ? 0 : Embedding);
}
