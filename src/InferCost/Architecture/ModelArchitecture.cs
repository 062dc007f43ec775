using System.Collections.Immutable;

namespace InferCost.Architecture;

/// <summary>The shape of a decoder-only transformer, as read from its Hugging Face config.json.</summary>
/// <param name="ModelType">The config's model_type (llama, mixtral, deepseek_v3, ...).</param>
/// <param name="HiddenSize">Model width d.</param>
/// <param name="VocabSize">Vocabulary size.</param>
/// <param name="TiedEmbeddings">Whether the LM head shares the input embedding matrix.</param>
/// <param name="GatedFeedForward">SwiGLU-style FFN (3 matrices: gate, up, down) rather than 2.</param>
/// <param name="Attention">The attention block (the same in every layer).</param>
/// <param name="Layers">The decoder layers, in order.</param>
/// <param name="MaxContext">The longest context the model supports (max_position_embeddings).</param>
/// <param name="BlockScaledFp8">
/// Whether the checkpoint's FP8 weights carry one scale per block (quantization_config.weight_block_size, DeepSeek-V3's
/// 128 x 128): its GEMMs then run a block-scaled kernel, quantising activations per 128-value group first.
/// </param>
public sealed record ModelArchitecture(
    string ModelType,
    int HiddenSize,
    int VocabSize,
    bool TiedEmbeddings,
    bool GatedFeedForward,
    AttentionShape Attention,
    ImmutableArray<LayerShape> Layers,
    int MaxContext,
    bool BlockScaledFp8 = false)
{
    /// <summary>
    /// Multi-token-prediction modules the checkpoint carries beside its layers (num_nextn_predict_layers: DeepSeek-V3's 1):
    /// each a decoder layer that predicts one token further ahead, usable as a speculative drafter.
    /// </summary>
    public int NextTokenLayers { get; init; }

    /// <summary>Number of decoder layers L.</summary>
    public int LayerCount => Layers.Length;

    /// <summary>Whether any layer is a mixture of experts.</summary>
    public bool IsMixtureOfExperts => Layers.Any(l => l.FeedForward.IsMixtureOfExperts);
}
