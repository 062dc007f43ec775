namespace InferCost.Architecture;

/// <summary>Counts a model's parameters from its architecture: GQA/MHA and MLA attention, dense and MoE FFNs.</summary>
public static class ParameterCounter
{
    /// <summary>Counts every parameter group of the model.</summary>
    public static ParameterBreakdown Count(ModelArchitecture m)
    {
        double d = m.HiddenSize;
        var embedding = (double)m.VocabSize * d;
        var lmHead = m.TiedEmbeddings ? 0 : embedding;
        var attentionPerLayer = AttentionParameters(m.Attention, d);
        double dense = 0, routed = 0, shared = 0, routers = 0, activeRouted = 0;
        var matrices = m.GatedFeedForward ? 3.0 : 2.0;
        foreach (var layer in m.Layers)
        {
            var ffn = layer.FeedForward;
            if (!ffn.IsMixtureOfExperts)
            {
                dense += matrices * d * ffn.DenseIntermediate;
                continue;
            }

            var expert = matrices * d * ffn.ExpertIntermediate
                + (ffn.ExpertsHaveBias ? (matrices - 1) * ffn.ExpertIntermediate + d : 0);
            routed += ffn.RoutedExperts * expert;
            activeRouted += ffn.ExpertsPerToken * expert;
            shared += ffn.SharedExperts * matrices * d * ffn.SharedIntermediate;
            routers += d * ffn.RoutedExperts + (ffn.ExpertsHaveBias ? ffn.RoutedExperts : 0);
        }

        // Two norms per layer (before attention, before FFN) and one final norm.
        var norms = (2.0 * m.LayerCount + 1) * d + m.LayerCount * MlaNormParameters(m.Attention);
        return new ParameterBreakdown(
            Embedding: embedding,
            LmHead: lmHead,
            Attention: attentionPerLayer * m.LayerCount,
            Norms: norms,
            DenseFeedForward: dense,
            RoutedExperts: routed,
            SharedExperts: shared,
            Routers: routers,
            ActiveRoutedExperts: activeRouted);
    }

    /// <summary>Attention weights (and biases) of one layer.</summary>
    public static double AttentionParameters(AttentionShape a, double d)
    {
        if (a.Kind == AttentionKind.MultiHeadLatent)
        {
            double qkHead = a.QkNopeHeadDim + a.QkRopeHeadDim;
            var query = a.QLoraRank > 0
                ? (d * a.QLoraRank) + ((double)a.QLoraRank * a.NumHeads * qkHead)
                : d * a.NumHeads * qkHead;
            var kvDown = d * (a.KvLoraRank + a.QkRopeHeadDim);
            var kvUp = (double)a.KvLoraRank * a.NumHeads * (a.QkNopeHeadDim + a.VHeadDim);
            var output = (double)a.NumHeads * a.VHeadDim * d;
            return query + kvDown + kvUp + output;
        }

        double q = (double)a.NumHeads * a.HeadDim;
        double kv = (double)a.NumKvHeads * a.HeadDim;
        var weights = (d * q) + (2 * d * kv) + (q * d);
        var biases = a.HasBias ? q + (2 * kv) + d : 0;
        return weights + biases;
    }

    private static double MlaNormParameters(AttentionShape a) =>
        a.Kind == AttentionKind.MultiHeadLatent ? a.QLoraRank + a.KvLoraRank : 0;
}
