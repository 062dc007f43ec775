using InferCost.Reporting.Rendering;
using InferCost.Fidelity;
using InferCost.Units;

namespace InferCost.Reporting.Fidelity;

/// <summary>A validation run as a report: every case, then unsupported cases with reasons, then the summary.</summary>
public static class ValidationReportBuilder
{
    /// <summary>Lays out predicted vs measured: the error statistics per metric and each case.</summary>
    public static Report Build(string title, ValidationSummary summary, IReadOnlyList<CasePrediction> predictions)
    {
        var supported = predictions.Where(p => p.Supported).ToList();
        var unsupported = predictions.Where(p => !p.Supported).ToList();
        var tables = new List<ReportTable>
        {
            new("Cases",
                ["Id", "Model", "GPU", "Conditions", "Metric", "Measured", "Predicted", "Error"],
                [.. supported.Select(p => (IReadOnlyList<ReportCell>)
                [
                    p.Case.Id, p.Case.Model, p.Case.Gpu, Conditions(p.Case), MetricNames.Of(p.Case.Metric),
                    Quantity.Number(p.Case.Value), Quantity.Number(p.Predicted!.Value), Signed(p.ErrorPercent!.Value),
                ])]),
        };
        if (unsupported.Count > 0)
        {
            tables.Add(new("Unsupported cases", ["Id", "Model", "GPU", "Conditions", "Metric", "Reason"],
                [.. unsupported.Select(p => (IReadOnlyList<ReportCell>)[p.Case.Id, p.Case.Model, p.Case.Gpu, Conditions(p.Case), MetricNames.Of(p.Case.Metric), p.Reason!])]));
        }

        tables.Add(new("Summary by metric",
            ["Metric", "Cases", "Median |error|", "P90 |error|", "Median signed", "Within ±10%", "Within ±25%"],
            [.. summary.ByMetric.Select(kv => (IReadOnlyList<ReportCell>)
            [
                kv.Key, Quantity.Count(kv.Value.Count), Pct(kv.Value.MedianAbsPctError), Pct(kv.Value.P90AbsPctError),
                Signed(kv.Value.MedianSignedPctError), Quantity.Share(kv.Value.Within10Pct), Quantity.Share(kv.Value.Within25Pct),
            ])]));
        var counts = new ReportSection("Cases", [
            new("Read", Quantity.Count(summary.Cases)),
            new("Supported", Quantity.Count(summary.Supported)),
            new("Unsupported", Quantity.Count(summary.Unsupported)),
        ]);
        return new Report(title, [counts], tables, []);
    }

    internal static string Conditions(BenchmarkCase c) =>
        $"{c.Gpus}x TP{c.Tp} {Architecture.PrecisionFacts.Name(c.Weights)} {c.InputTokens}/{c.OutputTokens} c={c.Concurrency}";

    private static ReportCell Pct(double pct) => Quantity.Share(pct / 100);

    private static ReportCell Signed(double pct) => (pct >= 0 ? "+" : "") + pct.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
