using InferCost.Fidelity;
using InferCost.Reporting.Rendering;
using InferCost.Units;
using static InferCost.Reporting.Fidelity.PercentCells;

namespace InferCost.Reporting.Fidelity;

/// <summary>
/// A validation run as a report: every case, then unsupported cases with reasons, then the summary of each measurement
/// set apart (calibration, validation: never pooled into one headline), then the bias tables; the serving cases the
/// simulator predicted have their own summary (by set, and by source group) after the analytic ones.
/// </summary>
public static class ValidationReportBuilder
{
    /// <summary>Lays out predicted vs measured: each case, each set's error statistics per metric, and the bias by group.</summary>
    public static Report Build(string title, IReadOnlyList<CasePrediction> predictions, IReadOnlyList<BiasRow> bias)
    {
        var supported = predictions.Where(p => p.Supported).ToList();
        var unsupported = predictions.Where(p => !p.Supported).ToList();
        var tables = new List<ReportTable>
        {
            new("Cases",
                ["Id", "Set", "Model", "GPU", "Conditions", "Metric", "Measured", "Predicted", "Error", "Predicted by"],
                [.. supported.Select(p => (IReadOnlyList<ReportCell>)
                [
                    p.Case.Id, MeasurementSets.Name(p.Case.Set), p.Case.Model, p.Case.Gpu, Conditions(p.Case), MetricNames.Of(p.Case.Metric),
                    Quantity.Number(p.Case.Value), Quantity.Number(p.Predicted!.Value), Signed(p.ErrorPercent!.Value), PredictedBy(p),
                ])]),
        };
        if (unsupported.Count > 0)
        {
            tables.Add(new("Unsupported cases", ["Id", "Set", "Model", "GPU", "Conditions", "Metric", "Reason"],
                [.. unsupported.Select(p => (IReadOnlyList<ReportCell>)[p.Case.Id, MeasurementSets.Name(p.Case.Set), p.Case.Model, p.Case.Gpu, Conditions(p.Case), MetricNames.Of(p.Case.Metric), p.Reason!])]));
        }

        var sets = ErrorStatistics.SummariseBySet(predictions);
        foreach (var (set, summary) in sets)
        {
            tables.Add(new($"Summary by metric: {MeasurementSets.Name(set)} set",
                ["Metric", "Cases", "Median |error|", "P90 |error|", "Median signed", "Within ±10%", "Within ±25%"],
                [.. summary.ByMetric.Select(kv => (IReadOnlyList<ReportCell>)
                [
                    kv.Key, Quantity.Count(kv.Value.Count), Pct(kv.Value.MedianAbsPctError), Pct(kv.Value.P90AbsPctError),
                    Signed(kv.Value.MedianSignedPctError), Quantity.Share(kv.Value.Within10Pct), Quantity.Share(kv.Value.Within25Pct),
                ])]));
        }

        var serving = ErrorStatistics.SummariseServing(predictions);
        foreach (var (set, summary) in serving)
        {
            tables.Add(new($"Serving cases (simulated): {MeasurementSets.Name(set)} set",
                ["Metric", "Cases", "Mean |error|", "Median |error|", "Median signed", "Within ±25%"],
                [.. summary.ByMetric.Select(kv => (IReadOnlyList<ReportCell>)
                [
                    kv.Key, Quantity.Count(kv.Value.Count), Pct(kv.Value.MeanAbsPctError), Pct(kv.Value.MedianAbsPctError),
                    Signed(kv.Value.MedianSignedPctError), Quantity.Share(kv.Value.Within25Pct),
                ])]));
        }

        var servingGroups = ErrorStatistics.ServingBySourceGroup(predictions);
        if (servingGroups.Count > 0)
        {
            tables.Add(new("Serving cases by source group",
                ["Set", "Source group", "Metric", "Cases", "Mean |error|", "Median signed"],
                [.. servingGroups.Select(g => (IReadOnlyList<ReportCell>)
                [
                    MeasurementSets.Name(g.Set), g.Group, g.Metric, Quantity.Count(g.Summary.Count), Pct(g.Summary.MeanAbsPctError), Signed(g.Summary.MedianSignedPctError),
                ])]));
        }

        foreach (var dimension in BiasAnalysis.Dimensions)
        {
            tables.Add(new($"Bias by {dimension}",
                ["Set", Capitalised(dimension), "Metric", "Cases", "Median signed", "Median |error|"],
                [.. bias.Where(b => b.Dimension == dimension).Select(b => (IReadOnlyList<ReportCell>)
                [
                    MeasurementSets.Name(b.Set), b.Group, b.Metric, Quantity.Count(b.Cases), Signed(b.MedianSignedPctError), Pct(b.MedianAbsPctError),
                ])]));
        }

        var counts = new ReportSection("Cases", [
            .. sets.Select(s => new ReportRow(
                $"{Capitalised(MeasurementSets.Name(s.Set))} set: read / supported / unsupported",
                $"{s.Summary.Cases} / {s.Summary.Supported} / {s.Summary.Unsupported}")),
            .. serving.Select(s => new ReportRow(
                $"{Capitalised(MeasurementSets.Name(s.Set))} set, serving cases (simulated): read / supported / unsupported",
                $"{s.Summary.Cases} / {s.Summary.Supported} / {s.Summary.Unsupported}"))]);
        return new Report(title, [counts], tables, []);
    }

    internal static string Conditions(BenchmarkCase c) =>
        $"{c.Gpus}x TP{c.Tp}{(c.Pp > 1 ? $" PP{c.Pp}" : "")}{(c.Ep > 1 ? $" EP{c.Ep}" : "")}{(c.AttentionDp > 1 ? $" ADP{c.AttentionDp}" : "")} {Architecture.PrecisionFacts.Name(c.Weights)} {c.InputTokens}/{c.OutputTokens} c={c.Concurrency}";

    private static string PredictedBy(CasePrediction p) => p.Simulated ? "simulator" : "analytic";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
