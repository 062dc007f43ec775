using System.Globalization;
using InferCost.Catalog;
using InferCost.Economics.Floor;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Reporting.Economics;

/// <summary>Lays out the physical floor beside today's estimate and any market prices; computes nothing.</summary>
public static class FloorReportBuilder
{
    /// <summary>What the floor's facility inputs are, said in every floor report.</summary>
    public const string FacilityNote =
        "The floor prices energy at its own best-case power price and PUE and spreads capital over its own best-case utilisation and life (data/floor.yaml, overridable); the scenario's power price, PUE, utilisation and life price today's estimate only.";

    /// <summary>
    /// Lays out <paramref name="comparison"/>; <paramref name="sources"/> are the floor defaults' sources (from
    /// <see cref="FloorDefaults.Sources"/>); with <paramref name="derivation"/> the derivation is added as a table
    /// (for the JSON and CSV formats, which have no Markdown derivation after them).
    /// </summary>
    public static Report Build(FloorComparison comparison, IReadOnlyDictionary<string, SourceRef> sources, bool derivation = false)
    {
        var f = comparison.Floor;
        var a = f.Assumptions;
        var s = f.Scenario;
        var e = comparison.Estimate;
        var step = f.Step;
        var assumptions = new ReportSection("Floor assumptions (best case)",
        [
            new("Power price", a.PowerPrice.ToQuantity()),
            new("PUE", Quantity.Number(a.Pue)),
            new("Price of a joule (with PUE)", step.FacilityPricePerJoule.ToQuantity()),
            new("Utilisation", Quantity.Share(a.Utilisation)),
            new("Capital life (years)", Quantity.Number(a.LifeYears)),
            new("Capital per GPU (GPU + rack and system gear)", f.CapitalPerGpu.ToQuantity()),
        ]);
        var perStep = new ReportSection($"One decode step (whole replica, batch {step.Batch.ToString(CultureInfo.InvariantCulture)})",
        [
            new("Mean context", Quantity.TokenCount(step.Context)),
            new("Weight bytes read", step.WeightBytes.ToQuantity()),
            new("KV bytes read (all requests)", step.KvBytes.ToQuantity()),
            new("Bytes read", step.Bytes.ToQuantity()),
            new("HBM access energy", s.Accelerator.Memory.AccessEnergy.ToQuantity()),
            new("Memory energy per step", step.MemoryEnergy.ToQuantity()),
            new("Memory energy cost per step", step.MemoryCost.ToQuantity()),
            new("Memory energy cost per 1M steps", step.MemoryCostPerMillionSteps.ToQuantity()),
            new("Shortest step (peak bandwidth, sustained FLOP/s)", step.MinimumTime.ToQuantity()),
        ]);
        var layers = new ReportTable(
            $"Physical floor per output token at batch {step.Batch.ToString(CultureInfo.InvariantCulture)} (layers cumulative)",
            ["Layer", "J/output token", "Cumulative J/output token", "$/1M output", "Cumulative $/1M output"],
            [.. f.Layers.Select(l => (IReadOnlyList<ReportCell>)
            [
                l.Name, l.Energy.ToQuantity(), l.CumulativeEnergy.ToQuantity(), l.Cost.ToQuantity(), l.Cumulative.ToQuantity(),
            ])]);
        var prices = new ReportTable(
            "Floor against prices ($/1M output tokens)",
            ["Price", "Date", "$/1M output", "x floor", "x energy-only floor"],
            [
                ["Floor: energy only", "", f.EnergyOnly.ToQuantity(), "", ""],
                ["Floor: energy + capital", "", f.Total.ToQuantity(), "", ""],
                .. new[] { comparison.Today }.Concat(comparison.Prices).Select(p => (IReadOnlyList<ReportCell>)
                [
                    p.Label, p.Date, p.Price.ToQuantity(), Quantity.Number(p.TimesFloor), Quantity.Number(p.TimesEnergyFloor),
                ]),
            ]);
        List<ReportTable> tables = [layers, prices];
        if (derivation)
        {
            tables.Add(new ReportTable("Derivation", ["Section", "Step", "Formula", "Result"],
                [.. f.Steps.Select(d => (IReadOnlyList<ReportCell>)[d.Section, d.Name, d.Formula, d.Result])]));
        }

        var cited = string.Join("; ", sources.Select(kv => $"{kv.Key}: {kv.Value.Reference} ({kv.Value.Date})"));
        return new Report(
            $"InferCost floor: {s.Model.Id} on {s.Gpus} x {s.Accelerator.Id}",
            [ScenarioSection.Build(e) with { Title = "Scenario (today's estimate)" }, assumptions, perStep],
            tables,
            f.Warnings,
            Report.UnitsNote + " " + FacilityNote + (cited.Length > 0 ? " Floor sources: " + cited + "." : ""));
    }
}
