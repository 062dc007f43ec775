using InferCost.Architecture;

namespace InferCost.Catalog;

/// <summary>A model in the catalog: its Hugging Face config and its published size.</summary>
/// <param name="Id">Catalog id (e.g. llama-3.1-70b).</param>
/// <param name="Name">Display name.</param>
/// <param name="Family">The model family (one architecture line from one maker, e.g. llama-3, qwen3-moe): cross-validation holds out whole families.</param>
/// <param name="ConfigFile">The config.json it was read from.</param>
/// <param name="Profile">The architecture with its precomputed sums.</param>
/// <param name="Published">Published parameter counts, when the catalog has them.</param>
/// <param name="ConfigSource">Where the config.json came from.</param>
public sealed record ModelEntry(
    string Id,
    string Name,
    string Family,
    string ConfigFile,
    ModelProfile Profile,
    PublishedParameters? Published,
    SourceRef ConfigSource)
{
    /// <summary>The acceptance rate its multi-token-prediction module is published at, when the catalog has one.</summary>
    public NextTokenAcceptance? Mtp { get; init; }
}
