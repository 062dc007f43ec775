namespace InferCost.Fidelity;

/// <summary>How close predictions of one metric came to the measurements.</summary>
/// <param name="Count">Supported cases of this metric.</param>
/// <param name="MedianAbsPctError">Median of |error %|.</param>
/// <param name="P90AbsPctError">90th percentile of |error %|.</param>
/// <param name="MedianSignedPctError">Median of the signed error % (bias: positive = over-predicts).</param>
/// <param name="Within10Pct">Share of cases within ±10%.</param>
/// <param name="Within25Pct">Share of cases within ±25%.</param>
public sealed record MetricSummary(int Count, double MedianAbsPctError, double P90AbsPctError, double MedianSignedPctError, double Within10Pct, double Within25Pct)
{
    /// <summary>Mean of |error %|: with the median, it shows how far the worst cases pull (the serving cases' summary prints both).</summary>
    public double MeanAbsPctError { get; init; }
}
