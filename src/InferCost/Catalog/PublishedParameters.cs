namespace InferCost.Catalog;

/// <summary>A model's parameter counts as its makers published them.</summary>
/// <param name="Total">Total parameters.</param>
/// <param name="Active">Active parameters per token (equal to total for dense models).</param>
/// <param name="ActiveExcludesInputEmbedding">Whether the published active figure leaves out the input embedding table (OpenAI's gpt-oss convention).</param>
/// <param name="Source">The model card.</param>
public sealed record PublishedParameters(double Total, double Active, bool ActiveExcludesInputEmbedding, SourceRef Source);
