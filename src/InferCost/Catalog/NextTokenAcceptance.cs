namespace InferCost.Catalog;

/// <summary>
/// How often a model's multi-token-prediction module's drafted token is accepted by the model itself, as its makers
/// measured it (catalog key <c>mtp</c>): the default acceptance of speculative decoding with <c>mtp</c>.
/// </summary>
/// <param name="Acceptance">Share of drafted tokens accepted (0 to 1).</param>
/// <param name="Source">Where the figure was published.</param>
public sealed record NextTokenAcceptance(double Acceptance, SourceRef Source);
