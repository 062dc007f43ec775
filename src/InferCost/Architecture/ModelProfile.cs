namespace InferCost.Architecture;

/// <summary>
/// A model's architecture with the sums the performance model needs precomputed once
/// (parameter groups, per-layer attention windows, expert groups), so that evaluating a scenario
/// does not walk the layers again.
/// </summary>
public sealed class ModelProfile
{
    private readonly int[] _windowedLayerWindows;
    private readonly bool[] _windowedLayerChunked;
    private readonly ExpertGroup[] _expertGroups;

    // Everything a decode step reads but the routed experts: the always-active parameters less the embedding table when
    // untied (a row lookup, not a read of the table).
    private readonly double _alwaysReadParameters;

    /// <summary>Builds the profile of an architecture.</summary>
    public ModelProfile(ModelArchitecture architecture)
    {
        Architecture = architecture;
        Parameters = ParameterCounter.Count(architecture);
        _windowedLayerWindows = [.. architecture.Layers.Where(l => l.AttentionWindow is not null).Select(l => l.AttentionWindow!.Value)];
        _windowedLayerChunked = [.. architecture.Layers.Where(l => l.AttentionWindow is not null).Select(l => l.ChunkedAttention)];
        FullAttentionLayers = architecture.LayerCount - _windowedLayerWindows.Length;
        _alwaysReadParameters = Parameters.AlwaysActive - (Parameters.LmHead > 0 ? Parameters.Embedding : 0);
        WidestFeedForward = architecture.Layers.Max(l => l.FeedForward.IsMixtureOfExperts
            ? (l.FeedForward.ExpertsPerToken * l.FeedForward.ExpertIntermediate) + (l.FeedForward.SharedExperts * l.FeedForward.SharedIntermediate)
            : l.FeedForward.DenseIntermediate);
        var matrices = architecture.GatedFeedForward ? 3.0 : 2.0;
        _expertGroups = [.. architecture.Layers
            .Select(l => l.FeedForward)
            .Where(f => f.IsMixtureOfExperts)
            .GroupBy(f => f)
            .Select(g => new ExpertGroup(
                g.Count(),
                g.Key.RoutedExperts,
                g.Key.ExpertsPerToken,
                (matrices * architecture.HiddenSize * g.Key.ExpertIntermediate)
                    + (g.Key.ExpertsHaveBias ? ((matrices - 1) * g.Key.ExpertIntermediate) + architecture.HiddenSize : 0)))];
        HeadParameters = (double)architecture.VocabSize * architecture.HiddenSize;
        foreach (var g in _expertGroups)
        {
            PermuteValuesPerToken += g.Layers * 2.0 * (g.PerToken + 1) * architecture.HiddenSize;
        }
    }

    /// <summary>Parameters of the LM head matrix (V x d), tied to the embedding or not: read once per forward pass.</summary>
    public double HeadParameters { get; }

    /// <summary>
    /// Activation values per token that routing moves over all MoE layers: 2(k + 1) x d per layer (the permute reads the
    /// token and writes its k copies; the unpermute reads the k expert outputs and writes their weighted sum).
    /// </summary>
    public double PermuteValuesPerToken { get; }

    /// <summary>
    /// Bytes of every stored weight: the input embedding and LM head at <paramref name="headBytesPerValue"/> (BF16 in FP8
    /// and FP4 checkpoints), everything else at <paramref name="weightBytesPerValue"/>.
    /// </summary>
    public double StoredWeightBytes(double weightBytesPerValue, double headBytesPerValue)
    {
        var boundary = Parameters.Embedding + Parameters.LmHead;
        return ((Parameters.Total - boundary) * weightBytesPerValue) + (boundary * headBytesPerValue);
    }

    /// <summary>
    /// Weight bytes a forward pass over <paramref name="tokens"/> tokens reads: the parameters of
    /// <see cref="ParametersReadPerDecodeStep"/>, the LM head at <paramref name="headBytesPerValue"/> and the rest at
    /// <paramref name="weightBytesPerValue"/>.
    /// </summary>
    public double WeightBytesRead(double tokens, double weightBytesPerValue, double headBytesPerValue) =>
        ((ParametersReadPerDecodeStep(tokens) - HeadParameters) * weightBytesPerValue) + (HeadParameters * headBytesPerValue);

    /// <summary>Layers whose FFN is a mixture of experts.</summary>
    public int MoeLayers
    {
        get
        {
            var layers = 0;
            foreach (var g in _expertGroups)
            {
                layers += g.Layers;
            }

            return layers;
        }
    }

    /// <summary>
    /// Tokens each touched expert of the first MoE layer receives in a forward pass over <paramref name="tokens"/> tokens:
    /// M = tokens x k / E_touched (0 for a dense model).
    /// </summary>
    public double TokensPerTouchedExpert(double tokens) =>
        _expertGroups.Length == 0 ? 0 : TokensPerExpert(tokens, _expertGroups[0].Experts, _expertGroups[0].PerToken);

    /// <summary>Tokens each touched expert receives under uniform routing: M = tokens x k / (E x (1 - (1 - k/E)^tokens)).</summary>
    public static double TokensPerExpert(double tokens, double experts, double perToken) =>
        tokens * perToken / ExpertsTouched(experts, perToken, tokens);

    /// <summary>
    /// Rows an MMA tile of minimum M (<paramref name="tileM"/>) computes for <paramref name="rows"/> real rows:
    /// ceil(M / tile) x tile; a tile of 1 or less quantises nothing.
    /// </summary>
    public static double PaddedRows(double rows, double tileM) => tileM <= 1 ? rows : Math.Ceiling(rows / tileM) * tileM;

    /// <summary>
    /// FLOPs the routed-expert grouped GEMMs execute in a forward pass over <paramref name="tokens"/> tokens, before
    /// sharding: in each MoE layer E_touched x PaddedRows(M, tile) x 2 x N_expert, M being the tokens per touched expert.
    /// At large M this is 2 x tokens x k x N_expert; at small M each expert's GEMM is padded to the tile.
    /// </summary>
    public double ExpertGemmFlops(double tokens, double tileM)
    {
        double flops = 0;
        foreach (var g in _expertGroups)
        {
            var touched = ExpertsTouched(g.Experts, g.PerToken, tokens);
            var rows = tokens * g.PerToken / touched;
            flops += g.Layers * touched * PaddedRows(rows, tileM) * 2.0 * g.ParametersPerExpert;
        }

        return flops;
    }

    /// <summary>The architecture.</summary>
    public ModelArchitecture Architecture { get; }

    /// <summary>Parameter counts by group.</summary>
    public ParameterBreakdown Parameters { get; }

    /// <summary>Layers that attend to the whole context.</summary>
    public int FullAttentionLayers { get; }

    /// <summary>Widest intermediate activation of any layer's FFN: dense width, or k routed + shared expert widths.</summary>
    public double WidestFeedForward { get; }

    /// <summary>Layers with a sliding window or attention chunk.</summary>
    public int WindowedLayers => _windowedLayerWindows.Length;

    /// <summary>Values cached per token per layer: 2 x KV heads x head dim (GQA/MHA) or latent rank + RoPE dim (MLA).</summary>
    public double CachedValuesPerTokenPerLayer => Architecture.Attention.CachedValuesPerTokenPerLayer;

    /// <summary>KV bytes per token of context over all layers at a precision, before any window cap.</summary>
    public Units.Bytes KvBytesPerToken(Precision kv) =>
        new(CachedValuesPerTokenPerLayer * Architecture.LayerCount * PrecisionFacts.BytesPerValue(kv));

    /// <summary>
    /// Sum over layers of the context positions each layer keeps for a request at context <paramref name="context"/>:
    /// full layers keep all, windowed layers at most their window.
    /// </summary>
    public double KeptPositions(double context) => Positions(context, slidingToWindow: true, chunkedToChunk: true);

    /// <summary>
    /// Sum over layers of the context positions a decode token attends to at context <paramref name="context"/>: full
    /// layers all; a sliding-window layer at most its window; a chunked layer at most its chunk, or the whole context
    /// when <paramref name="chunkedAttendsFullContext"/> (a stack that applies the chunk mask to prompts only).
    /// </summary>
    public double DecodeAttendedPositions(double context, bool chunkedAttendsFullContext) =>
        Positions(context, slidingToWindow: true, chunkedToChunk: !chunkedAttendsFullContext);

    /// <summary>
    /// Sum over layers of the context positions a stack allocates KV for at context <paramref name="context"/>: full
    /// layers all; a sliding-window layer at most its window when <paramref name="slidingHeldToWindow"/>, a chunked layer
    /// at most its chunk when <paramref name="chunkedHeldToChunk"/>, else the full context (the stack allocates it
    /// like a full layer and only its attention reads less).
    /// </summary>
    public double AllocatedPositions(double context, bool slidingHeldToWindow, bool chunkedHeldToChunk) =>
        Positions(context, slidingHeldToWindow, chunkedHeldToChunk);

    // Full layers count the whole context; a sliding-window or chunked layer at most its window when capped, else all of it.
    private double Positions(double context, bool slidingToWindow, bool chunkedToChunk)
    {
        // Only the windowed layers, in layer order (the serving simulator calls this per request per iteration).
        var positions = FullAttentionLayers * context;
        for (var i = 0; i < _windowedLayerWindows.Length; i++)
        {
            positions += (_windowedLayerChunked[i] ? chunkedToChunk : slidingToWindow) ? Math.Min(context, _windowedLayerWindows[i]) : context;
        }

        return positions;
    }

    /// <summary>
    /// Sum over layers of (query, key) pairs a causal prefill of <paramref name="tokens"/> tokens evaluates:
    /// n(n+1)/2 for a full layer; for a window w, each position sees at most w keys.
    /// </summary>
    public double PrefillAttentionPairs(double tokens)
    {
        var pairs = FullAttentionLayers * CausalPairs(tokens, tokens);
        foreach (var w in _windowedLayerWindows)
        {
            pairs += CausalPairs(tokens, w);
        }

        return pairs;
    }

    /// <summary>
    /// FLOPs of one (query, key) pair in one layer: 2 x heads x (score dim + value dim).
    /// Decode with MLA uses the absorbed form over the latent (rank + RoPE dims for scores, rank for values);
    /// prefill with MLA expands the latent to per-head keys and values.
    /// </summary>
    public double AttentionFlopsPerPair(bool decode)
    {
        var a = Architecture.Attention;
        if (a.Kind == AttentionKind.MultiHeadLatent)
        {
            return decode
                ? 2.0 * a.NumHeads * ((a.KvLoraRank + a.QkRopeHeadDim) + a.KvLoraRank)
                : 2.0 * a.NumHeads * ((a.QkNopeHeadDim + a.QkRopeHeadDim) + a.VHeadDim);
        }

        return 2.0 * a.NumHeads * (2.0 * a.HeadDim);
    }

    /// <summary>
    /// Routed-expert parameters a decode step at batch <paramref name="batch"/> reads: in each MoE layer,
    /// under uniform routing, E x (1 - (1 - k/E)^B) distinct experts are touched.
    /// </summary>
    public double RoutedParametersTouched(double batch)
    {
        double touched = 0;
        foreach (var g in _expertGroups)
        {
            touched += g.Layers * ExpertsTouched(g.Experts, g.PerToken, batch) * g.ParametersPerExpert;
        }

        return touched;
    }

    /// <summary>Distinct experts a batch touches in one MoE layer under uniform routing: E x (1 - (1 - k/E)^B).</summary>
    public static double ExpertsTouched(double experts, double perToken, double batch) =>
        experts * (1 - Math.Pow(1 - (perToken / experts), batch));

    /// <summary>
    /// Parameters read from memory in a decode step at batch <paramref name="batch"/>: everything but the
    /// routed experts the batch does not touch and, when untied, the input embedding table (a row lookup).
    /// </summary>
    public double ParametersReadPerDecodeStep(double batch) =>
        _expertGroups.Length == 0 ? _alwaysReadParameters : _alwaysReadParameters + RoutedParametersTouched(batch);

    private static double CausalPairs(double tokens, double window) =>
        tokens <= window
            ? tokens * (tokens + 1) / 2
            : (window * (window + 1) / 2) + ((tokens - window) * window);

    private readonly record struct ExpertGroup(int Layers, int Experts, int PerToken, double ParametersPerExpert);
}
