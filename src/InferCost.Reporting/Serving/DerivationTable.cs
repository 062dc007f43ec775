using InferCost.Explain;
using InferCost.Reporting.Rendering;

namespace InferCost.Reporting.Serving;

/// <summary>A derivation as a report table, for the formats that carry it inside the report (JSON, CSV).</summary>
public static class DerivationTable
{
    /// <summary>One row per step: its section, name, formula, inputs (symbol = value, in order) and result.</summary>
    public static ReportTable Of(IReadOnlyList<DerivationStep> steps) => new(
        "Derivation",
        ["Section", "Step", "Formula", "Inputs", "Result"],
        [.. steps.Select(d => (IReadOnlyList<ReportCell>)
        [
            d.Section, d.Name, d.Formula, string.Join("; ", d.Inputs.Select(i => $"{i.Symbol} = {QuantityFormatter.Format(i.Value)}")), d.Result,
        ])]);
}
