using System.Globalization;
using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Economics.Projection;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Economics;

/// <summary>Lays out <c>infercost project</c>: the scenario per hardware generation and essay 000's cost-stack shares; computes nothing.</summary>
public static class ProjectReportBuilder
{
    /// <summary>Lays out the projection.</summary>
    public static Report Build(GenerationProjection p)
    {
        var s = p.Generations[0].Scenario;
        var precision = s.Accelerator.ComputePrecisionFor(s.Weights);
        var batch = s.Batch.IsMax ? "max: the largest that fits on each generation" : s.Batch.Requests.ToString(CultureInfo.InvariantCulture);
        var built = ScenarioSection.Build(s, precision, batch, $"{s.InputTokens:#,##0} + {s.OutputTokens:#,##0}");
        var section = built with
        {
            Rows = [.. built.Rows.Select(r => r.Label switch
            {
                "Accelerator" => new ReportRow("Accelerator", "each generation below"),
                "Weights / KV / compute" => new ReportRow("Weights / KV", $"{PrecisionFacts.Name(s.Weights)} / {PrecisionFacts.Name(s.Kv)} (compute precision per generation below)"),
                "GPU capex / life" => p.PriceFixed ? r : new ReportRow("GPU capex / life", $"each generation's price over {s.Finance.LifeYears:0.##} years"),
                _ => r,
            })],
        };
        var warnings = p.Generations.Select(g => g.Estimate).OfType<Estimation.Estimate>()
            .SelectMany(e => e.Warnings).Distinct().ToList();
        var price = p.PriceFixed
            ? "Every generation is priced at the scenario's GPU capex (given by the user)."
            : "Each generation is priced at its own catalog price (an extrapolated one's: the last catalogued price x the price rate^n).";
        return new Report(
            $"InferCost project: {s.Model.Id} on {s.Gpus} x each hardware generation",
            [section],
            [
                GenerationProjectTables.Hardware(p),
                GenerationProjectTables.Rates(p.Rates),
                GenerationProjectTables.Cost(p),
                GenerationProjectTables.Stack(p),
                ShareTables.ByGeneration(p),
                ShareTables.ByYear(p),
                ShareTables.EssayColumn(p),
            ],
            warnings,
            "Decode utilisation = decode arithmetic intensity / ridge point (peak FLOP/s at the compute precision / HBM bandwidth), capped at 1 (essay 000 section 3). "
            + "Cost-stack shares by generation and year are essay 000 section 2's mechanism: share_i(n) = (s_i / r_i^n) / sum_j (s_j / r_j^n), its own shares and rates, not this scenario's stack. "
            + $"The essay's {p.Stack.EssayYear} column is its own estimate: no whole number of generations at rates within its ranges gives it (closest fit above). "
            + price + " " + Report.UnitsNote);
    }

    /// <summary>A share as a cell.</summary>
    internal static ReportCell Share(double share) => Quantity.Share(share);

    /// <summary>The precision a generation's column shows, or an empty cell when it has none.</summary>
    internal static ReportCell Flops(Accelerator a, Precision p) => a.DenseCompute.TryGetValue(p, out var f) ? f.ToQuantity() : "";
}
