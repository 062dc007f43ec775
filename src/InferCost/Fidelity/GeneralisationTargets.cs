namespace InferCost.Fidelity;

/// <summary>
/// The targets issue 9 sets for generalisation, on output tokens per second (the throughput every cost figure divides
/// by): a held-out family's median |error| at most 12%, and no held-out family's median signed error beyond ±15%, for
/// accelerator families and model families alike.
/// </summary>
public static class GeneralisationTargets
{
    /// <summary>Largest held-out-family median |error|, percent.</summary>
    public const double MedianAbsLimit = 12;

    /// <summary>Largest |median signed error| of any one held-out family, percent.</summary>
    public const double FamilyBiasLimit = 15;

    /// <summary>The targets, each with the measured value.</summary>
    public static IReadOnlyList<GeneralisationTarget> Check(CrossValidationResult cv) =>
    [
        .. For(cv.ByAcceleratorFamily),
        .. For(cv.ByModelFamily),
    ];

    private static IEnumerable<GeneralisationTarget> For(LeaveOneOutResult loo)
    {
        var metric = ConfidenceMeasurer.BandMetric;
        var pooled = ErrorStatistics.Summarise(loo.Pooled).ByMetric.GetValueOrDefault(MetricNames.Of(metric));
        yield return new($"held-out {loo.Dimension}: median |error| of {MetricNames.Of(metric)}", MedianAbsLimit, pooled?.MedianAbsPctError, IsBias: false);
        var worst = loo.Groups
            .Select(g => ErrorStatistics.Summarise(g.Predictions).ByMetric.GetValueOrDefault(MetricNames.Of(metric)))
            .OfType<MetricSummary>()
            .Select(s => (double?)s.MedianSignedPctError)
            .MaxBy(v => Math.Abs(v!.Value));
        yield return new($"held-out {loo.Dimension}: worst family's median signed error of {MetricNames.Of(metric)}", FamilyBiasLimit, worst, IsBias: true);
    }
}
