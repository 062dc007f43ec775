using System.Collections.Immutable;
using InferCost.Catalog;
using MathNet.Numerics.Statistics;

namespace InferCost.Fidelity;

/// <summary>
/// Measures the error band of each confidence basis from cross-validation residuals of output tokens per second (the
/// throughput every cost figure divides by; latency errors have the opposite sign and are left out rather than mixed in):
/// calibrated from held-out-model predictions, transferred from held-out-accelerator-family predictions, priors from
/// predictions with no calibration at all. Percentiles are R-8, as in <see cref="ErrorStatistics"/>.
/// </summary>
public static class ConfidenceMeasurer
{
    /// <summary>The metric the bands are measured on.</summary>
    public const Metric BandMetric = Metric.OutputTokensPerSecond;

    /// <summary>Fewer residuals than this give no band: a P10 of four cases is one case.</summary>
    public const int MinimumCases = 5;

    /// <summary>
    /// The measured bands, made monotone (<see cref="ConfidenceBands.Monotone"/>): on dense models' cases, and on
    /// mixture-of-experts models' cases apart (<paramref name="isMixtureOfExperts"/> says which a case is; null puts every
    /// case in the top-level bands).
    /// </summary>
    public static ConfidenceBands Measure(CrossValidationResult cv, Func<BenchmarkCase, bool>? isMixtureOfExperts = null) =>
        Measure(cv, isMixtureOfExperts, null, null);

    /// <summary>
    /// The measured bands (<see cref="Measure(CrossValidationResult, Func{BenchmarkCase, bool}?)"/>) with the fitted
    /// profile's band on each model family (<paramref name="modelFamily"/>) and accelerator family
    /// (<paramref name="acceleratorFamily"/>) that has <see cref="MinimumCases"/> cases at least: its error on every
    /// published measurement of the family, in-sample on calibration rows and out of sample on validation rows. A family
    /// the fit barely saw (CDNA4: two calibration rows) is then judged by the measurements it never saw as well.
    /// </summary>
    public static ConfidenceBands Measure(
        CrossValidationResult cv, Func<BenchmarkCase, bool>? isMixtureOfExperts, Func<BenchmarkCase, string>? modelFamily, Func<BenchmarkCase, string>? acceleratorFamily) =>
        // The simulated serving cases stay out: an estimate's band is the error of a steady state, and their error is also
        // the simulator's (bursts that drain, queueing), which an estimate does not run.
        FamilyBands(BasisBands(cv, isMixtureOfExperts), [.. cv.InSample, .. cv.Validation.Where(p => !p.Simulated)], modelFamily, acceleratorFamily);

    // Family bands on the cases of one TP group per replica; each multi-GPU layout kind's cases band apart (its own
    // physics, never fitted), so that an expert-parallel error does not widen a single-GPU estimate's band.
    private static ConfidenceBands FamilyBands(
        ConfidenceBands basis, IReadOnlyList<CasePrediction> measured, Func<BenchmarkCase, string>? modelFamily, Func<BenchmarkCase, string>? acceleratorFamily)
    {
        var single = measured.Where(p => !p.Case.UsesParallelLayout).ToList();
        return basis with
        {
            ModelFamilies = FamilyBands(single, modelFamily),
            AcceleratorFamilies = FamilyBands(single, acceleratorFamily),
            Layouts = modelFamily is null ? ImmutableSortedDictionary<string, ConfidenceBand>.Empty : FamilyBands([.. measured.Where(p => p.Case.UsesParallelLayout)], LayoutKinds.Of),
        };
    }

    private static ImmutableSortedDictionary<string, ConfidenceBand> FamilyBands(IReadOnlyList<CasePrediction> measured, Func<BenchmarkCase, string>? family)
    {
        if (family is null)
        {
            return ImmutableSortedDictionary<string, ConfidenceBand>.Empty;
        }

        var bands = ImmutableSortedDictionary.CreateBuilder<string, ConfidenceBand>(StringComparer.Ordinal);
        foreach (var group in measured.GroupBy(p => family(p.Case), StringComparer.Ordinal))
        {
            if (Band([.. group]) is { } band)
            {
                bands[group.Key] = band;
            }
        }

        return bands.ToImmutable();
    }

    private static ConfidenceBands BasisBands(CrossValidationResult cv, Func<BenchmarkCase, bool>? isMixtureOfExperts)
    {
        ConfidenceBands Of(Func<CasePrediction, bool> keep) => new(
            MetricNames.Of(BandMetric),
            Band([.. cv.HeldOut.Where(keep)]),
            Band([.. cv.ByAcceleratorFamily.Pooled.Where(keep)]),
            Band([.. cv.Uncalibrated.Where(keep)]));

        if (isMixtureOfExperts is null)
        {
            return Of(_ => true).Monotone();
        }

        return (Of(p => !isMixtureOfExperts(p.Case)) with { MixtureOfExperts = Of(p => isMixtureOfExperts(p.Case)) }).Monotone();
    }

    /// <summary>The P10-P90 band of the relative errors of the predictions of <see cref="BandMetric"/>; null when too few.</summary>
    public static ConfidenceBand? Band(IReadOnlyList<CasePrediction> predictions)
    {
        var errors = predictions
            .Where(p => p.Case.Metric == BandMetric && p.Supported)
            .Select(p => p.ErrorPercent!.Value / 100)
            .ToArray();
        return errors.Length < MinimumCases ? null : new ConfidenceBand(errors.Quantile(0.1), errors.Quantile(0.9), errors.Length);
    }
}
