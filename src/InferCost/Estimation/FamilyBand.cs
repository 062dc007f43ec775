using InferCost.Catalog;

namespace InferCost.Estimation;

/// <summary>
/// A family's own band that widened an estimate's: the fitted profile's in-sample error on that family's calibration
/// cases, where it reaches beyond the band measured for the estimate's basis.
/// </summary>
/// <param name="Kind">"model family" or "accelerator family".</param>
/// <param name="Family">The family (llama-4, hopper, ...).</param>
/// <param name="Band">Its in-sample P10-P90 band of the relative throughput error.</param>
public sealed record FamilyBand(string Kind, string Family, ConfidenceBand Band);
