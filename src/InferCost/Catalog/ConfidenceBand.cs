namespace InferCost.Catalog;

/// <summary>
/// A P10-P90 band of relative error, (predicted - measured) / measured, that cross-validation measured for one kind of
/// case. A band of (-0.2, +0.1) says: one case in ten was predicted more than 20% low, one in ten more than 10% high.
/// </summary>
/// <param name="P10">10th percentile of the relative error (a fraction; negative = under-predicts).</param>
/// <param name="P90">90th percentile of the relative error (a fraction).</param>
/// <param name="Cases">Predictions the band was measured on.</param>
public sealed record ConfidenceBand(double P10, double P90, int Cases)
{
    /// <summary>P90 - P10.</summary>
    public double Width => P90 - P10;

    /// <summary>The smallest band holding both this one and <paramref name="other"/> (cases: this band's).</summary>
    public ConfidenceBand Enclosing(ConfidenceBand other) => this with { P10 = Math.Min(P10, other.P10), P90 = Math.Max(P90, other.P90) };
}
