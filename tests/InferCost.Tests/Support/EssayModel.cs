using System.Collections.Immutable;
using InferCost.Architecture;

namespace InferCost.Tests.Support;

/// <summary>
/// Essay 001's "70B" shape as the essay states it: L = 80, d = 8192, d_ff = 28672, every head keeping its own
/// K and V (MHA, 64 x 128), a two-matrix FFN (its FLOP formula 2L(4d^2 + 2 d d_ff) counts two), vocabulary of one
/// so that the LM head is negligible.
/// </summary>
public static class EssayModel
{
    public static ModelArchitecture Architecture { get; } = new(
        "essay-001",
        HiddenSize: 8192,
        VocabSize: 1,
        TiedEmbeddings: false,
        GatedFeedForward: false,
        new AttentionShape(AttentionKind.GroupedQuery, NumHeads: 64, NumKvHeads: 64, HeadDim: 128),
        [.. Enumerable.Repeat(new LayerShape(FeedForwardShape.Dense(28672)), 80)],
        MaxContext: 131072);
}
