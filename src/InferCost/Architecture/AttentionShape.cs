namespace InferCost.Architecture;

/// <summary>The attention block of every layer.</summary>
/// <param name="Kind">GQA/MHA or MLA.</param>
/// <param name="NumHeads">Query heads.</param>
/// <param name="NumKvHeads">Key/value heads (GQA); equal to <paramref name="NumHeads"/> for MHA.</param>
/// <param name="HeadDim">Dimension of one query/key/value head (GQA).</param>
/// <param name="HasBias">Whether the Q, K, V and O projections carry biases.</param>
/// <param name="QLoraRank">MLA: rank of the query compression (0 = queries are not compressed).</param>
/// <param name="KvLoraRank">MLA: rank of the compressed KV latent that is cached.</param>
/// <param name="QkNopeHeadDim">MLA: per-head query/key dimension without rotary embedding.</param>
/// <param name="QkRopeHeadDim">MLA: per-head query/key dimension with rotary embedding (the key part is shared and cached).</param>
/// <param name="VHeadDim">MLA: per-head value dimension.</param>
public sealed record AttentionShape(
    AttentionKind Kind,
    int NumHeads,
    int NumKvHeads,
    int HeadDim,
    bool HasBias = false,
    int QLoraRank = 0,
    int KvLoraRank = 0,
    int QkNopeHeadDim = 0,
    int QkRopeHeadDim = 0,
    int VHeadDim = 0)
{
    /// <summary>Values cached per token per layer (before multiplying by bytes per value).</summary>
    public long CachedValuesPerTokenPerLayer => Kind == AttentionKind.MultiHeadLatent
        ? KvLoraRank + QkRopeHeadDim
        : 2L * NumKvHeads * HeadDim;
}
