using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Units;

namespace InferCost.Reporting.Rendering;

/// <summary>Selects and labels catalog entries for people; computes nothing the engine does not.</summary>
public static class CatalogReportBuilder
{
    /// <summary>Every model, accelerator and region in the catalog, one table each.</summary>
    public static Report Overview(InferCostCatalog catalog) => new(
        "InferCost catalog",
        [],
        [
            new("Models (KV per token at BF16)",
                ["Id", "Name", "Kind", "Total", "Active", "Layers", "KV/token", "Max context"],
                [.. catalog.Models.Values.Select(m => (IReadOnlyList<ReportCell>)
                [
                    m.Id, m.Name, Kind(m.Profile.Architecture),
                    Quantity.ParameterCount(m.Profile.Parameters.Total), Quantity.ParameterCount(m.Profile.Parameters.Active),
                    Quantity.Count(m.Profile.Architecture.LayerCount), m.Profile.KvBytesPerToken(Precision.Bf16).ToQuantity(),
                    Quantity.TokenCount(m.Profile.Architecture.MaxContext),
                ])]),
            AcceleratorTable("Accelerators (dense tensor FLOP/s)", catalog.Accelerators.Values),
            .. catalog.Generations() is { Succeeded: true } series && series.Value.Any(g => g.Extrapolated)
                ? (ReportTable[])[AcceleratorTable(
                    "Extrapolated generations (data/generations.yaml: the last catalogued generation x a rate per generation; usable as --gpu)",
                    series.Value.Where(g => g.Extrapolated).Select(g => g.Accelerator))]
                : [],
            new("Regions",
                ["Id", "Name", "Power price"],
                [.. catalog.Regions.Values.Select(r => (IReadOnlyList<ReportCell>)[r.Id, r.Name, r.PowerPrice.ToQuantity()])]),
            new("Fabrics (per GPU; energy per bit sent outside the GPU board; gear outside the server; scale-out ids are usable as --fabric)",
                ["Id", "Scale", "Name", "Bandwidth/dir", "Step latency", "pJ/bit", "Gear capital", "Gear power"],
                [.. catalog.Fabrics.Values.OrderBy(f => f.Scale).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => (IReadOnlyList<ReportCell>)
                [
                    f.Id, ScaleName(f.Scale), f.Name + (f.Projected ? " (projected)" : ""), f.Bandwidth.ToQuantity(), f.StepLatency.ToQuantity(),
                    Quantity.Number(f.PicojoulesPerBit), f.GearCapitalPerGpu.ToQuantity(), f.GearPowerPerGpu.ToQuantity(),
                ])]),
        ],
        []);

    /// <summary>One fabric's figures and sources.</summary>
    public static Report Fabric(NetworkFabric f) => new(
        $"{f.Id}: {f.Name}",
        [new ReportSection("Fabric",
        [
            new("Scale / status", $"{ScaleName(f.Scale)} / {(f.Projected ? "projected (estimates)" : "shipping")}"),
            new("Bandwidth per GPU per direction", f.Bandwidth.ToQuantity()),
            new("Ring step latency", f.StepLatency.ToQuantity()),
            new("Energy per bit sent, outside the GPU board (pJ/bit)", Quantity.Number(f.PicojoulesPerBit)),
            new("Gear capital per GPU (outside the server)", f.GearCapitalPerGpu.ToQuantity()),
            new("Gear static power per GPU (outside the server)", f.GearPowerPerGpu.ToQuantity()),
        ])],
        [new ReportTable("Sources", ["Group", "Source", "Date", "Note"],
            [.. f.Sources.Select(kv => (IReadOnlyList<ReportCell>)[kv.Key, kv.Value.Reference, kv.Value.Date, kv.Value.Note ?? ""])])],
        []);

    private static ReportTable AcceleratorTable(string title, IEnumerable<Accelerator> accelerators) => new(
        title,
        ["Id", "Name", "Memory", "Bandwidth", "BF16", "FP8", "FP4", "TDP", "Price", "Year"],
        [.. accelerators.Select(a => (IReadOnlyList<ReportCell>)
        [
            a.Id, a.Name + (a.Projected ? " (projected)" : ""), a.Memory.Capacity.ToQuantity(), a.Memory.Bandwidth.ToQuantity(),
            Rate(a, Precision.Bf16), Rate(a, Precision.Fp8), Rate(a, Precision.Fp4), a.Power.Tdp.ToQuantity(), a.Price.ToQuantity(),
            a.ReleaseYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ])]);

    /// <summary>One model's facts and sources.</summary>
    public static Report Model(ModelEntry m)
    {
        var a = m.Profile.Architecture;
        var p = m.Profile.Parameters;
        var rows = new List<ReportRow>
        {
            new("Model type", a.ModelType),
            new("Kind", Kind(a)),
            new("Hidden size / layers / vocabulary", $"{a.HiddenSize} / {a.LayerCount} / {a.VocabSize}"),
            new("Query heads / KV heads / head dim", $"{a.Attention.NumHeads} / {a.Attention.NumKvHeads} / {a.Attention.HeadDim}"),
            new("Full-attention / windowed layers", $"{m.Profile.FullAttentionLayers} / {m.Profile.WindowedLayers}"),
            new("Total parameters", Quantity.ParameterCount(p.Total)),
            new("Active parameters", Quantity.ParameterCount(p.Active)),
            new("  embeddings / LM head", $"{QuantityFormatter.Format(Quantity.ParameterCount(p.Embedding))} / {QuantityFormatter.Format(Quantity.ParameterCount(p.LmHead))}"),
            new("  attention", Quantity.ParameterCount(p.Attention)),
            new("  dense FFN", Quantity.ParameterCount(p.DenseFeedForward)),
            new("  routed / shared experts", $"{QuantityFormatter.Format(Quantity.ParameterCount(p.RoutedExperts))} / {QuantityFormatter.Format(Quantity.ParameterCount(p.SharedExperts))}"),
            new("KV per token (BF16 / FP8)", $"{QuantityFormatter.Format(m.Profile.KvBytesPerToken(Precision.Bf16))} / {QuantityFormatter.Format(m.Profile.KvBytesPerToken(Precision.Fp8))}"),
            new("Max context", Quantity.TokenCount(a.MaxContext)),
            new("Config file", m.ConfigFile),
            new("Config source", $"{m.ConfigSource.Reference} ({m.ConfigSource.Date}){Note(m.ConfigSource)}"),
        };
        if (m.Published is { } pub)
        {
            rows.Add(new("Published total / active", $"{QuantityFormatter.Format(Quantity.ParameterCount(pub.Total))} / {QuantityFormatter.Format(Quantity.ParameterCount(pub.Active))}"));
            rows.Add(new("Published by", $"{pub.Source.Reference} ({pub.Source.Date})"));
        }

        return new Report($"{m.Id}: {m.Name}", [new ReportSection("Model", rows)], [], []);
    }

    /// <summary>One accelerator's facts and sources.</summary>
    public static Report Accelerator(Accelerator a)
    {
        var figures = new List<ReportRow>
        {
            new("Vendor / release year / status", $"{a.Vendor} / {a.ReleaseYear} / {(a.Projected ? "projected (estimates)" : "shipping")}"),
            new("Memory capacity (driver total / datasheet)", $"{QuantityFormatter.Format(a.Memory.Capacity)} / {QuantityFormatter.Format(a.Memory.DatasheetCapacity)}"),
            new("Memory bandwidth", a.Memory.Bandwidth.ToQuantity()),
            new("Memory energy", a.Memory.AccessEnergy.ToQuantity()),
        };
        figures.AddRange(a.DenseCompute.OrderBy(kv => kv.Key).Select(kv => new ReportRow($"Dense {PrecisionFacts.Name(kv.Key).ToUpperInvariant()}", kv.Value.ToQuantity())));
        figures.AddRange(
        [
            new("TDP / idle", $"{QuantityFormatter.Format(a.Power.Tdp)} / {QuantityFormatter.Format(a.Power.Idle)}"),
            new("Scale-up bandwidth per direction", a.Interconnect.ScaleUpBandwidth.ToQuantity()),
            new("Scale-up domain", Quantity.Count(a.Interconnect.ScaleUpDomain)),
            new("Scale-out bandwidth", a.Interconnect.ScaleOutBandwidth.ToQuantity()),
            new("All-reduce latency", a.Interconnect.AllReduceLatency.ToQuantity()),
            new("Scale-up / scale-out fabric", $"{a.Interconnect.ScaleUpFabric?.Id ?? "none"} / {a.Interconnect.ScaleOutFabric?.Id ?? "none"}"),
        ]);
        figures.AddRange(a.Energy.ComputePerFlop.OrderBy(kv => kv.Key).Select(kv => new ReportRow($"Compute energy ({PrecisionFacts.Name(kv.Key).ToUpperInvariant()})", kv.Value.ToQuantity())));
        figures.AddRange(
        [
            new("SRAM / link energy", $"{QuantityFormatter.Format(a.Energy.SramPerByte)} / {QuantityFormatter.Format(a.Energy.LinkPerByte)}"),
            new("Platform", $"{a.Platform.System}: {a.Platform.GpusPerSystem} GPUs, {QuantityFormatter.Format(a.Platform.SystemPower)} max"),
            new("Host power per GPU at max / idle fraction", $"{QuantityFormatter.Format(a.Platform.HostPowerAtMax(a.Power.Tdp))} / {QuantityFormatter.Format(Quantity.Share(a.Platform.HostIdleFraction))}"),
            new("Price", a.Price.ToQuantity()),
            new("Achievable bandwidth / FLOP/s", $"{QuantityFormatter.Format(Quantity.Share(a.Efficiency.BandwidthFraction))} / {QuantityFormatter.Format(Quantity.Share(a.Efficiency.ComputeFraction))}"),
            new("Achievable link bandwidth", QuantityFormatter.Format(Quantity.Share(a.Efficiency.LinkFraction))),
            new("Host CPU (speed relative to Xeon 8480C)", $"{a.Host.Cpu} ({QuantityFormatter.Format(Quantity.Number(a.Host.RelativeSpeed))})"),
        ]);
        return new Report(
            $"{a.Id}: {a.Name}",
            [new ReportSection("Figures", figures)],
            [new ReportTable("Sources", ["Group", "Source", "Date", "Note"],
                [.. a.Sources.Select(kv => (IReadOnlyList<ReportCell>)[kv.Key, kv.Value.Reference, kv.Value.Date, kv.Value.Note ?? ""])])],
            []);
    }

    /// <summary>One region's facts and sources.</summary>
    public static Report Region(Region r) => new(
        $"{r.Id}: {r.Name}",
        [new ReportSection("Region", [new("Power price", r.PowerPrice.ToQuantity()), new("Source", $"{r.Source.Reference} ({r.Source.Date}){Note(r.Source)}")])],
        [],
        []);

    private static string Kind(ModelArchitecture a) =>
        (a.IsMixtureOfExperts ? "MoE" : "dense") + ", " + (a.Attention.Kind == AttentionKind.MultiHeadLatent ? "MLA"
            : a.Attention.NumKvHeads == a.Attention.NumHeads ? "MHA" : "GQA");

    private static ReportCell Rate(Accelerator a, Precision p) =>
        a.DenseCompute.TryGetValue(p, out var r) ? r.ToQuantity() : "-";

    private static string ScaleName(FabricScale scale) => scale == FabricScale.Up ? "scale-up" : "scale-out";

    private static string Note(SourceRef s) => s.Note is null ? "" : "; " + s.Note;
}
