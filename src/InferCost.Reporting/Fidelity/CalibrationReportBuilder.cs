using InferCost.Catalog;
using InferCost.Explain;
using InferCost.Fidelity;
using InferCost.Reporting.Rendering;
using InferCost.Units;
using static InferCost.Reporting.Fidelity.PercentCells;

namespace InferCost.Reporting.Fidelity;

/// <summary>
/// A calibration as a report: the fitted factors per family; in-sample, held-out-model, held-out-accelerator-family and
/// held-out-model-family errors; the error of each held-out family; the targets; the confidence bands; and a
/// warning for every factor that ended at its bound.
/// </summary>
public static class CalibrationReportBuilder
{
    /// <summary>Lays out a fitted calibration profile and its cross-validated error.</summary>
    public static Report Build(CalibrationProfile profile, CrossValidationResult cv, string written)
    {
        var tables = new List<ReportTable>
        {
            new("Fitted factors by accelerator family (hardware)",
                ["Family", "Cases", "Bandwidth", "FLOP/s", "Link", "RMS log error", "Priors kept"],
                [.. profile.Families.Values.Select(f => (IReadOnlyList<ReportCell>)
                [
                    f.Family, Quantity.Count(f.Cases), Quantity.Share(f.Efficiency.BandwidthFraction), Quantity.Share(f.Efficiency.ComputeFraction),
                    Quantity.Share(f.Efficiency.LinkFraction), Quantity.Number(f.RmsLogError), Kept(f.PriorsKept),
                ])]),
            new("Fitted factors by serving stack (software)",
                ["Stack", "Cases", "Per pass", "Per kernel", "Per request (reference host)", "KV-pool fraction", "Expert GEMMs", "Block-FP8 GEMMs", "RMS log error", "Priors kept"],
                [.. profile.Stacks.Values.Select(s => (IReadOnlyList<ReportCell>)
                [
                    s.Stack, Quantity.Count(s.Cases), s.Factors.PassFixed.ToQuantity(), s.Factors.PerKernel.ToQuantity(),
                    s.Factors.PerRequest.ToQuantity(), Quantity.Share(s.Factors.KvPoolFraction), Quantity.Share(s.Factors.ExpertEfficiency),
                    Quantity.Share(s.Factors.BlockFp8Efficiency), Quantity.Number(s.RmsLogError), Kept(s.PriorsKept),
                ])]),
            new($"Generalisation: in-sample vs held out (calibration set; {cv.Folds}-fold by model, leave one family out)",
                ["Predicted by", "Metric", "Cases", "Median |error|", "P90 |error|", "Median signed", "Within ±25%"],
                [.. Fits(cv).SelectMany(f => ErrorStatistics.Summarise(f.Predictions).ByMetric.Select(kv => (IReadOnlyList<ReportCell>)
                [
                    f.Name, kv.Key, Quantity.Count(kv.Value.Count), Pct(kv.Value.MedianAbsPctError), Pct(kv.Value.P90AbsPctError),
                    Signed(kv.Value.MedianSignedPctError), Quantity.Share(kv.Value.Within25Pct),
                ]))]),
            HeldOutFamilies(cv.ByAcceleratorFamily),
            HeldOutFamilies(cv.ByModelFamily),
            new("Targets (issue 9)",
                ["Target", "Limit", "Measured", "Met"],
                [.. GeneralisationTargets.Check(cv).Select(t => (IReadOnlyList<ReportCell>)
                [
                    t.Name, (t.IsBias ? "±" : "") + Pct(t.Threshold).Render(), t.IsBias ? Signed(t.Value) : t.Value is { } v ? Pct(v) : "-", t.Met ? "yes" : "no",
                ])]),
        };
        if (profile.Confidence is { } bands)
        {
            tables.Add(Bands(bands));
            tables.Add(FamilyBands(bands));
        }

        return new Report(
            $"InferCost calibration (written to {written})",
            [],
            tables,
            [.. BoundWarnings.Of(profile).Select(w => new EstimateWarning("factor-at-bound", WarningSeverity.Caution, w.Message))]);
    }

    /// <summary>The four ways the calibration set is predicted, in the order the report gives them.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<CasePrediction> Predictions)> Fits(CrossValidationResult cv) =>
    [
        ("in-sample", cv.InSample),
        ($"held-out model ({cv.Folds}-fold)", cv.HeldOut),
        ("held-out accelerator family", cv.ByAcceleratorFamily.Pooled),
        ("held-out model family", cv.ByModelFamily.Pooled),
        ("no calibration (priors)", cv.Uncalibrated),
    ];

    private static ReportTable HeldOutFamilies(LeaveOneOutResult loo) => new(
        loo.Dimension == "accelerator family"
            ? $"Each {loo.Dimension} held out (fitted on the others; the held-out family runs on the transfer rule)"
            : $"Each {loo.Dimension} held out (fitted on the other model families)",
        ["Held out", "Metric", "Cases", "Median |error|", "P90 |error|", "Median signed"],
        [.. loo.Groups.SelectMany(g => ErrorStatistics.Summarise(g.Predictions).ByMetric.Select(kv => (IReadOnlyList<ReportCell>)
        [
            g.Name, kv.Key, Quantity.Count(kv.Value.Count), Pct(kv.Value.MedianAbsPctError), Pct(kv.Value.P90AbsPctError), Signed(kv.Value.MedianSignedPctError),
        ]))]);

    private static ReportTable Bands(ConfidenceBands bands) => new(
        $"Confidence bands written to the profile ({bands.Metric}, relative error P10 to P90; each encloses the surer ones)",
        ["Basis", "Measured by", "Cases", "P10", "P90"],
        [.. BandRows(bands, ""), .. bands.MixtureOfExperts is { } moe ? BandRows(moe, ", MoE") : []]);

    private static ReportTable FamilyBands(ConfidenceBands bands) => new(
        $"Bands by family written to the profile ({bands.Metric}; the fit's error on the family's calibration rows and, never fitted, its validation rows; an estimate for a family whose band reaches beyond its basis band widens to enclose it)",
        ["Family", "Kind", "Cases", "P10", "P90"],
        [
            .. bands.ModelFamilies.Select(kv => FamilyRow(kv.Key, "model", kv.Value)),
            .. bands.AcceleratorFamilies.Select(kv => FamilyRow(kv.Key, "accelerator", kv.Value)),
            .. bands.Layouts.Select(kv => FamilyRow(kv.Key, "layout", kv.Value)),
        ]);

    private static IReadOnlyList<ReportCell> FamilyRow(string family, string kind, ConfidenceBand band) =>
        [family, kind, Quantity.Count(band.Cases), Signed(band.P10 * 100), Signed(band.P90 * 100)];

    /// <summary>The three bands of one kind of model as rows: basis (with the kind), how it was measured, cases, P10, P90.</summary>
    private static IEnumerable<IReadOnlyList<ReportCell>> BandRows(ConfidenceBands bands, string kind) => new[]
    {
        ("calibrated", "held-out model", bands.Calibrated),
        ("transferred", "held-out accelerator family", bands.Transferred),
        ("priors", "no calibration", bands.Priors),
    }.Select(b => (IReadOnlyList<ReportCell>)
    [
        b.Item1 + kind, b.Item2, b.Item3 is { } c ? Quantity.Count(c.Cases) : "-", Signed(b.Item3?.P10 * 100), Signed(b.Item3?.P90 * 100),
    ]);

    // The factors the fit kept at their catalog priors (not identified by at least two model families), by key.
    private static string Kept(IReadOnlyList<string> kept) => kept.Count == 0 ? "none" : string.Join(", ", kept);
}
