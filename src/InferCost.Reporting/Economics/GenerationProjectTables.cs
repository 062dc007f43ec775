using System.Globalization;
using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Economics.Projection;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Economics;

/// <summary>The per-generation tables of <c>infercost project</c>: hardware, rates, cost and cost stack.</summary>
internal static class GenerationProjectTables
{
    public static ReportTable Hardware(GenerationProjection p) => new(
        "Hardware generations (catalogued figures are the accelerator entries'; extrapolated = last catalogued x rate^n)",
        ["Generation", "Accelerator", "Year", "Status", "HBM bandwidth", "HBM capacity", "FP16 FLOP/s", "FP8 FLOP/s", "FP4 FLOP/s", "HBM energy", "Energy per FP16 FLOP", "TDP", "Price"],
        [.. p.Generations.Select(g =>
        {
            var a = g.Generation.Accelerator;
            return (IReadOnlyList<ReportCell>)
            [
                Label(g.Generation),
                a.Id,
                g.Generation.Year.ToString(CultureInfo.InvariantCulture),
                g.Generation.Extrapolated ? "extrapolated" : a.Projected ? "projected" : "shipping",
                a.Memory.Bandwidth.ToQuantity(),
                a.Memory.Capacity.ToQuantity(),
                ProjectReportBuilder.Flops(a, Precision.Fp16),
                ProjectReportBuilder.Flops(a, Precision.Fp8),
                ProjectReportBuilder.Flops(a, Precision.Fp4),
                a.Memory.AccessEnergy.ToQuantity(),
                a.Energy.PerFlop(a.ComputePrecisionFor(Precision.Fp16)).ToQuantity(),
                a.Power.Tdp.ToQuantity(),
                a.Price.ToQuantity(),
            ];
        })]);

    public static ReportTable Rates(GenerationRates r) => new(
        string.Create(CultureInfo.InvariantCulture, $"Extrapolation rates per generation ({r.Count} generations, {r.YearsPerGeneration:0.##} years apart: {r.CadenceBasis})"),
        ["Figure", "Id", "Per generation", "Basis"],
        [.. GenerationFigures.All.Select(f => (IReadOnlyList<ReportCell>)
        [
            GenerationFigures.Name(f),
            GenerationFigures.Id(f),
            Quantity.Number(r.Of(f)),
            r.Rates[f].Basis,
        ])]);

    public static ReportTable Cost(GenerationProjection p) => new(
        "Cost and decode compute utilisation per generation",
        ["Generation", "$/1M output", "$/1M input", "x previous", "Batch", "Compute precision", "Decode intensity", "Ridge point", "Decode utilisation", "Utilisation at batch 1", "Served"],
        [.. p.Generations.Select(g =>
        {
            var e = g.Estimate;
            var u = g.Utilisation;
            return (IReadOnlyList<ReportCell>)
            [
                Label(g.Generation),
                e is null ? "" : e.Cost.PerMillionOutputTokens.ToQuantity(),
                e is null ? "" : e.Cost.PerMillionInputTokens.ToQuantity(),
                g.RelativeToPrevious is { } relative ? Quantity.Number(relative) : "",
                e is null ? "" : Quantity.Count(e.Memory.Batch),
                u is null ? "" : PrecisionFacts.Name(u.Precision),
                u is null ? "" : u.Intensity.ToQuantity(),
                u is null ? "" : u.RidgePoint.ToQuantity(),
                u is null ? "" : ProjectReportBuilder.Share(u.Utilisation),
                g.UtilisationAtBatchOne is { } one ? ProjectReportBuilder.Share(one.Utilisation) : "",
                g.WhyNot.Length == 0 ? "yes" : g.WhyNot,
            ];
        })]);

    public static ReportTable Stack(GenerationProjection p)
    {
        var layers = p.Generations.Select(g => g.Estimate).OfType<Estimation.Estimate>()
            .SelectMany(e => e.Cost.Breakdown).Select(l => (l.Id, l.Name)).Distinct().ToList();
        return new ReportTable(
            "This scenario's cost stack per generation (share of $/1M output tokens, the estimate's layers)",
            ["Generation", .. layers.Select(l => l.Name)],
            [.. p.Generations.Select(g => (IReadOnlyList<ReportCell>)
            [
                Label(g.Generation),
                .. layers.Select(l => g.Estimate?.Cost.Breakdown.FirstOrDefault(c => c.Id == l.Id) is { } c ? ProjectReportBuilder.Share(c.Share) : (ReportCell)""),
            ])]);
    }

    /// <summary>A generation's label: its index and year, marked when extrapolated.</summary>
    public static string Label(Generation g) => g.Extrapolated
        ? string.Create(CultureInfo.InvariantCulture, $"+{g.StepsAfterLast} ({g.Year})")
        : string.Create(CultureInfo.InvariantCulture, $"{g.Index + 1}: {g.Accelerator.Id}");
}
