using InferCost.Analysis;
using InferCost.Performance;
using InferCost.Reporting.Rendering;
using InferCost.Scenarios.Fields;
using InferCost.Sweeps;
using InferCost.Sweeps.Grid;
using InferCost.Units;

namespace InferCost.Reporting.Analysis;

/// <summary>Lays out the Monte Carlo result; computes nothing.</summary>
public static class UncertaintyReportBuilder
{
    private const string SampledNote = "sampled: see 'What drives the spread'";

    /// <summary>The report; <paramref name="nameOf"/> is how the face spells an input (the CLI: its flag).</summary>
    public static Report Build(UncertaintyResult r, Func<ScenarioField, string> nameOf)
    {
        var s = r.Scenario;
        var sampled = r.Inputs.Select(i => i.Input).ToHashSet();
        var scenario = ScenarioSection.Build(
            s,
            s.Accelerator.ComputePrecisionFor(s.Weights),
            s.Batch.IsMax ? "max (the largest that fits each sample)" : s.Batch.Requests.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{s.InputTokens:#,##0} + {s.OutputTokens:#,##0}");
        scenario = scenario with
        {
            Rows = [.. scenario.Rows.Select(row => SampledBehind(row.Label, sampled) ? row with { Value = SampledNote } : row)],
        };
        var sampling = new ReportSection("Sampling",
        [
            new("Samples", Quantity.Count(r.Samples)),
            new("Seed", Quantity.Count(r.Seed)),
            new("Served samples", Quantity.Count(r.Feasible)),
            new("Not served", r.Infeasible.Count == 0
                ? "none"
                : string.Join("; ", r.Infeasible.Select(i => $"{i.Value:#,##0} {Reason(i.Key)}"))),
        ]);
        var percentiles = new ReportTable(
            $"$/1M tokens over the {r.Feasible:#,##0} served samples",
            ["Statistic", "$/1M output", "$/1M input"],
            [
                ["P10", r.Output.P10.ToQuantity(), r.Input.P10.ToQuantity()],
                ["P50", r.Output.P50.ToQuantity(), r.Input.P50.ToQuantity()],
                ["P90", r.Output.P90.ToQuantity(), r.Input.P90.ToQuantity()],
                ["Mean", r.Output.Mean.ToQuantity(), r.Input.Mean.ToQuantity()],
            ]);
        var drivers = new ReportTable(
            "What drives the spread: Spearman rank correlation of each input with $/1M output (negative: cost falls as the input rises)",
            ["Input", "Distribution", "Low", "Mode", "High", "Spearman rho"],
            [.. r.Drivers.Select(d =>
            {
                var (input, dist) = d.Input;
                return (IReadOnlyList<ReportCell>)
                [
                    nameOf(ScenarioFields.Of(input)),
                    dist.IsConstant ? "constant" : dist.Shape == DistributionShape.Triangular ? "triangular" : "uniform",
                    PointFields.ToQuantity(input, dist.Low),
                    dist.Shape == DistributionShape.Triangular ? PointFields.ToQuantity(input, dist.Mode) : "",
                    PointFields.ToQuantity(input, dist.High),
                    d.SpearmanRho is { } rho ? Quantity.Number(rho) : "none (did not vary)",
                ];
            })]);
        return new Report(
            $"InferCost uncertainty: {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}",
            [scenario, sampling],
            [percentiles, drivers],
            [],
            "Each sampled input is drawn from its own Mersenne Twister stream seeded from the seed; batch and token counts are rounded to whole numbers. "
            + "Percentiles are MathNet's R-8 quantile estimate over the served samples; a sample is not served when its batch does not fit in memory or its context exceeds the model's. "
            + Report.UnitsNote);
    }

    private static bool SampledBehind(string label, HashSet<PointField> sampled) => label switch
    {
        "Batch" => sampled.Contains(PointField.Batch),
        "Input + output tokens" => sampled.Contains(PointField.InputTokens) || sampled.Contains(PointField.OutputTokens),
        "PUE" => sampled.Contains(PointField.Pue),
        "Utilisation" => sampled.Contains(PointField.Utilisation),
        "GPU capex / life" => sampled.Contains(PointField.GpuPrice) || sampled.Contains(PointField.LifeYears),
        _ => label.StartsWith("Power price", StringComparison.Ordinal) && sampled.Contains(PointField.PowerPrice),
    };

    private static string Reason(PointStatus status) => status switch
    {
        PointStatus.BatchDoesNotFit => "with a batch that does not fit in memory",
        PointStatus.NothingFits => "where not one request fits in memory",
        PointStatus.ExceedsContext => "with input + output over the model's maximum context",
        PointStatus.ExceedsRequestLimit => "with a batch over the scheduler's request limit",
        _ => status.ToString(),
    };
}
