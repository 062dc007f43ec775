using System.Collections.Immutable;

namespace InferCost.Catalog;

/// <summary>
/// The error band measured for each <see cref="ConfidenceBasis"/> by <c>infercost calibrate</c> (the profile's
/// <c>confidence:</c> section). Each band encloses the band of every surer basis (see <see cref="Monotone"/>), so a less
/// sure estimate never shows a narrower band than a surer one.
/// </summary>
/// <remarks>
/// The top-level bands are measured on dense models' cases; <see cref="MixtureOfExperts"/> holds the same three measured
/// on MoE models' cases, whose errors run far wider: an estimate takes the bands of its own kind of model.
/// </remarks>
/// <param name="Metric">The metric the residuals are of (output_tps: the throughput every cost figure divides by).</param>
/// <param name="Calibrated">Measured by k-fold cross-validation by model (each case predicted by a fit that never saw its model).</param>
/// <param name="Transferred">Measured by leaving each accelerator family out (its cases predicted with the transfer rule).</param>
/// <param name="Priors">Measured by predicting every case with no calibration at all.</param>
public sealed record ConfidenceBands(string Metric, ConfidenceBand? Calibrated, ConfidenceBand? Transferred, ConfidenceBand? Priors)
{
    /// <summary>The same bands measured on mixture-of-experts models' cases; null when not measured.</summary>
    public ConfidenceBands? MixtureOfExperts { get; init; }

    /// <summary>
    /// The fitted profile's own band on each model family's calibration cases (in-sample), by family: where the engine
    /// still misses a family it was fitted on, an estimate for that family widens its band to enclose this one.
    /// </summary>
    public ImmutableSortedDictionary<string, ConfidenceBand> ModelFamilies { get; init; } = ImmutableSortedDictionary<string, ConfidenceBand>.Empty;

    /// <summary>The fitted profile's own band on each accelerator family's calibration cases (in-sample), by family.</summary>
    public ImmutableSortedDictionary<string, ConfidenceBand> AcceleratorFamilies { get; init; } = ImmutableSortedDictionary<string, ConfidenceBand>.Empty;

    /// <summary>
    /// The fitted profile's band on each kind of multi-GPU layout's validation cases (expert parallel, pipeline parallel,
    /// ...), which calibration never fits: an estimate on such a layout widens its band to enclose its kind's.
    /// </summary>
    public ImmutableSortedDictionary<string, ConfidenceBand> Layouts { get; init; } = ImmutableSortedDictionary<string, ConfidenceBand>.Empty;

    /// <summary>The band for a basis and a kind of model (the MoE bands for an MoE model when measured); null when not measured.</summary>
    public ConfidenceBand? For(ConfidenceBasis basis, bool mixtureOfExperts) =>
        (mixtureOfExperts && MixtureOfExperts is { } moe ? moe : this).For(basis);

    /// <summary>The band for a basis; null when it was not measured.</summary>
    public ConfidenceBand? For(ConfidenceBasis basis) => basis switch
    {
        ConfidenceBasis.Calibrated => Calibrated,
        ConfidenceBasis.Transferred => Transferred,
        _ => Priors,
    };

    /// <summary>
    /// Monotone honesty: transferred's band widened to enclose calibrated's, and priors' to enclose transferred's (or
    /// calibrated's where transferred was not measured). Widening, never narrowing: a measured band is only ever made
    /// more cautious.
    /// </summary>
    public ConfidenceBands Monotone()
    {
        var transferred = Widen(Transferred, Calibrated);
        var priors = Widen(Priors, transferred ?? Calibrated);
        return this with { Transferred = transferred, Priors = priors, MixtureOfExperts = MixtureOfExperts?.Monotone() };
    }

    /// <summary>Equal when every band is, the family bands included (a record would compare the dictionaries by reference).</summary>
    public bool Equals(ConfidenceBands? other) =>
        other is not null && Metric == other.Metric && Calibrated == other.Calibrated && Transferred == other.Transferred && Priors == other.Priors
        && Equals(MixtureOfExperts, other.MixtureOfExperts)
        && ModelFamilies.SequenceEqual(other.ModelFamilies) && AcceleratorFamilies.SequenceEqual(other.AcceleratorFamilies) && Layouts.SequenceEqual(other.Layouts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, Calibrated, Transferred, Priors, MixtureOfExperts, ModelFamilies.Count, AcceleratorFamilies.Count);

    private static ConfidenceBand? Widen(ConfidenceBand? band, ConfidenceBand? surer) =>
        band is null || surer is null ? band : band.Enclosing(surer);
}
