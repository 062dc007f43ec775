using InferCost.Explain;
using InferCost.Reporting.Rendering;
using InferCost.Fidelity;
using InferCost.Units;

namespace InferCost.Reporting.Fidelity;

/// <summary>A calibration as a report: the fitted factors per family, then in-sample vs held-out error per metric.</summary>
public static class CalibrationReportBuilder
{
    /// <summary>Lays out a fitted calibration profile and its cross-validated error.</summary>
    public static Report Build(CalibrationProfile profile, CrossValidationResult cv, string written)
    {
        var inSample = ErrorStatistics.Summarise(cv.InSample);
        var heldOut = ErrorStatistics.Summarise(cv.HeldOut);
        return new Report(
            $"InferCost calibration (written to {written})",
            [],
            [
                new("Fitted factors by accelerator family",
                    ["Family", "Cases", "Bandwidth", "FLOP/s", "Link", "RMS log error"],
                    [.. profile.Families.Values.Select(f => (IReadOnlyList<ReportCell>)
                    [
                        f.Family, Quantity.Count(f.Cases), Quantity.Share(f.Efficiency.BandwidthFraction), Quantity.Share(f.Efficiency.ComputeFraction),
                        Quantity.Share(f.Efficiency.LinkFraction), Quantity.Number(f.RmsLogError),
                    ])]),
                new("Fitted factors by serving stack",
                    ["Stack", "Cases", "Per pass", "Per kernel", "Per request (reference host)", "KV-pool fraction", "Expert GEMMs", "RMS log error"],
                    [.. profile.Stacks.Values.Select(s => (IReadOnlyList<ReportCell>)
                    [
                        s.Stack, Quantity.Count(s.Cases), s.Factors.PassFixed.ToQuantity(), s.Factors.PerKernel.ToQuantity(),
                        s.Factors.PerRequest.ToQuantity(), Quantity.Share(s.Factors.KvPoolFraction), Quantity.Share(s.Factors.ExpertEfficiency), Quantity.Number(s.RmsLogError),
                    ])]),
                new($"Median |error|: in-sample vs held-out model ({cv.Folds}-fold by model)",
                    ["Metric", "Cases", "In-sample", "Held-out", "Held-out P90", "Held-out within ±25%"],
                    [.. heldOut.ByMetric.Select(kv => (IReadOnlyList<ReportCell>)
                    [
                        kv.Key, Quantity.Count(kv.Value.Count),
                        inSample.ByMetric.TryGetValue(kv.Key, out var i) ? Quantity.Share(i.MedianAbsPctError / 100) : "-",
                        Quantity.Share(kv.Value.MedianAbsPctError / 100), Quantity.Share(kv.Value.P90AbsPctError / 100), Quantity.Share(kv.Value.Within25Pct),
                    ])]),
            ],
            [.. profile.FactorsAtBounds().Select(f => new EstimateWarning(
                "factor-at-bound", WarningSeverity.Caution, $"{f} ended at the edge of its physical range: physics the model lacks is absorbed there."))]);
    }
}
