using System.Collections.Immutable;
using MathNet.Numerics.Statistics;

namespace InferCost.Fidelity;

/// <summary>
/// Error statistics over predictions. Medians and percentiles are MathNet's <c>Statistics.Quantile</c>
/// (the R-8 definition, median-unbiased), so a hand check uses the same definition.
/// </summary>
public static class ErrorStatistics
{
    /// <summary>Summarises predictions: counts, and per metric the error distribution of the supported ones.</summary>
    public static ValidationSummary Summarise(IReadOnlyList<CasePrediction> predictions)
    {
        var supported = predictions.Where(p => p.Supported).ToList();
        var byMetric = supported
            .GroupBy(p => MetricNames.Of(p.Case.Metric))
            .ToImmutableSortedDictionary(g => g.Key, g => Of([.. g.Select(p => p.ErrorPercent!.Value)]), StringComparer.Ordinal);
        return new ValidationSummary(predictions.Count, supported.Count, predictions.Count - supported.Count, byMetric);
    }

    /// <summary>
    /// A summary per measurement set of the cases predicted analytically (steady states: offline runs, and requests in
    /// flight), calibration first, for the sets that have cases: the two are never pooled, so the validation set's error
    /// stays an out-of-sample figure. The simulated serving cases are summarised apart (<see cref="SummariseServing"/>).
    /// </summary>
    public static IReadOnlyList<(MeasurementSet Set, ValidationSummary Summary)> SummariseBySet(IReadOnlyList<CasePrediction> predictions) =>
        BySet([.. predictions.Where(p => !p.Simulated)]);

    /// <summary>
    /// A summary per measurement set of the serving cases the simulator predicted (<see cref="CasePredictor.IsServingCase"/>),
    /// which test the simulator's queueing, ramp-up and drain as well as the per-pass physics: kept apart from the
    /// analytic cases' figures.
    /// </summary>
    public static IReadOnlyList<(MeasurementSet Set, ValidationSummary Summary)> SummariseServing(IReadOnlyList<CasePrediction> predictions) =>
        BySet([.. predictions.Where(p => p.Simulated)]);

    /// <summary>
    /// The simulated serving cases' error by source group and metric (set, then group, then metric, ordinal): which
    /// publication's runs the simulator follows and which it misses.
    /// </summary>
    public static IReadOnlyList<(MeasurementSet Set, string Group, string Metric, MetricSummary Summary)> ServingBySourceGroup(IReadOnlyList<CasePrediction> predictions) =>
        [.. predictions.Where(p => p.Simulated && p.Supported)
            .GroupBy(p => (p.Case.Set, p.Case.SourceGroup, Metric: MetricNames.Of(p.Case.Metric)))
            .OrderBy(g => g.Key.Set).ThenBy(g => g.Key.SourceGroup, StringComparer.Ordinal).ThenBy(g => g.Key.Metric, StringComparer.Ordinal)
            .Select(g => (g.Key.Set, g.Key.SourceGroup, g.Key.Metric, Of([.. g.Select(p => p.ErrorPercent!.Value)])))];

    private static IReadOnlyList<(MeasurementSet Set, ValidationSummary Summary)> BySet(IReadOnlyList<CasePrediction> predictions) =>
        [.. predictions.GroupBy(p => p.Case.Set).OrderBy(g => g.Key).Select(g => (g.Key, Summarise([.. g])))];

    /// <summary>The statistics of a set of signed percentage errors.</summary>
    public static MetricSummary Of(IReadOnlyList<double> signedPctErrors)
    {
        if (signedPctErrors.Count == 0)
        {
            throw new ArgumentException("No errors to summarise.", nameof(signedPctErrors));
        }

        var absolute = signedPctErrors.Select(Math.Abs).ToArray();
        return new MetricSummary(
            signedPctErrors.Count,
            absolute.Quantile(0.5),
            absolute.Quantile(0.9),
            signedPctErrors.ToArray().Quantile(0.5),
            absolute.Count(e => e <= 10) / (double)absolute.Length,
            absolute.Count(e => e <= 25) / (double)absolute.Length)
        {
            MeanAbsPctError = absolute.Average(),
        };
    }
}
