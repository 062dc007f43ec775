using InferCost.Catalog;

namespace InferCost.Estimation;

/// <summary>How far to trust an estimate: what its efficiency factors rest on, and the error band measured for that kind of case.</summary>
/// <param name="Basis">Calibrated, transferred or priors.</param>
/// <param name="Band">
/// The P10-P90 relative error of output tokens per second that cross-validation measured for the basis, widened to enclose
/// the in-sample band of the model's or the accelerator's family where that reaches further; null when not measured.
/// </param>
/// <param name="Note">Why this basis, and anything that makes the estimate less sure than its band says.</param>
/// <param name="Factors">Each efficiency factor, its value and where it came from.</param>
public sealed record EstimateConfidence(ConfidenceBasis Basis, ConfidenceBand? Band, string Note, IReadOnlyList<FactorProvenance> Factors)
{
    /// <summary>The families whose own in-sample bands widened <see cref="Band"/> (empty when none did).</summary>
    public IReadOnlyList<FamilyBand> FamilyBands { get; init; } = [];
}
