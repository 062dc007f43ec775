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
    public static ConfidenceBands Measure(CrossValidationResult cv, Func<BenchmarkCase, bool>? isMixtureOfExperts = null)
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
