using System.Globalization;
using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Scenarios;

namespace InferCost.Analysis;

/// <summary>
/// The realistic range of each essay 001 section 10 lever, and the candidate scenarios it gives from a base scenario.
/// Each candidate moves one lever and holds everything else; the tornado's ends are the cheapest and dearest that can
/// be estimated. The essay's impact figures (its "20x", "1.9x", "4x") are not used: they are what the tool computes.
/// </summary>
public static class LeverRanges
{
    /// <summary>Lever 1: FP16 -> FP8 halves the weight bytes, FP4 quarters them (FP4 "requires fine-tuned models").</summary>
    public static readonly IReadOnlyList<Precision> WeightPrecisions = [Precision.Fp16, Precision.Fp8, Precision.Fp4];

    /// <summary>
    /// Lever 2: the essay goes from batch 1 to 64 and says the gains flatten past 64-128 where KV pressure dominates;
    /// 256 and the largest batch that fits show where memory stops it.
    /// </summary>
    public static readonly IReadOnlyList<int> Batches = [1, 8, 16, 32, 64, 128, 256];

    /// <summary>
    /// Lever 3: prompt caching, sparse attention and KV compression cut the context each step reads and stores; the
    /// essay's example is a 50% cut. Modelled as the prompt shortened to this fraction (100% = no management).
    /// </summary>
    public static readonly IReadOnlyList<double> AttendedContextFractions = [0.25, 0.5, 1.0];

    /// <summary>Lever 3, KV compression by precision: the KV cache at FP16, FP8 or FP4 (weights unchanged).</summary>
    public static readonly IReadOnlyList<Precision> KvPrecisions = [Precision.Fp16, Precision.Fp8, Precision.Fp4];

    /// <summary>Lever 4: the essay's 40% -> 75%, widened to 85%, about as busy as a fleet kept for latency SLOs gets.</summary>
    public static readonly IReadOnlyList<double> Utilisations = [0.40, 0.85];

    /// <summary>Lever 5: PUE from a best-in-class hyperscale hall (1.07) to the essay's worst facility (1.35).</summary>
    public static readonly IReadOnlyList<double> Pues = [1.07, 1.35];

    /// <summary>
    /// Lever 6 for the default model (llama-3.1-70b): mixture-of-experts models of similar or greater capability. The
    /// essay names DeepSeek-V3; on a scenario too small to hold a model it is skipped and listed, not dropped silently.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultAlternatives = ["llama-4-scout", "gpt-oss-120b", "qwen3-235b-a22b", "deepseek-v3"];

    /// <summary>
    /// Every lever's candidates from <paramref name="s"/>: lever 5's power price runs over <paramref name="regions"/>
    /// and lever 6 over the base model plus <paramref name="alternatives"/>.
    /// </summary>
    public static IReadOnlyList<Lever> For(Scenario s, IEnumerable<Region> regions, IEnumerable<ModelEntry> alternatives) =>
    [
        new(LeverKind.Quantization, "Quantization (weight precision)",
            [.. WeightPrecisions.Select(p => new LeverSetting(PrecisionFacts.Name(p), s with { Weights = p }))]),
        new(LeverKind.Batch, "Batching depth",
            [.. Batches.Select(b => new LeverSetting(Text(b), s with { Batch = BatchSize.Of(b) })),
                new LeverSetting("max", s with { Batch = BatchSize.Max })]),
        new(LeverKind.AttendedContext, "Context management (attended share of the prompt)",
            [.. AttendedContextFractions.Select(f => new LeverSetting(
                Text(f * 100) + "%", s with { InputTokens = Math.Max(1, (int)Math.Round(s.InputTokens * f)) }))]),
        new(LeverKind.KvPrecision, "KV compression (KV-cache precision)",
            [.. KvPrecisions.Select(p => new LeverSetting(PrecisionFacts.Name(p), s with { Kv = p }))]),
        new(LeverKind.Utilisation, "Utilisation",
            [.. Utilisations.Select(u => new LeverSetting(Text(u), s with { Finance = s.Finance with { Utilisation = u } }))]),
        new(LeverKind.PowerPrice, "Power price (region)",
            [.. regions.Select(r => new LeverSetting(r.Id, s with { Facility = s.Facility with { PowerPrice = r.PowerPrice }, RegionId = r.Id }))]),
        new(LeverKind.Pue, "PUE",
            [.. Pues.Select(p => new LeverSetting(Text(p), s with { Facility = s.Facility with { Pue = p } }))]),
        new(LeverKind.Model, "Model efficiency (alternative model)",
            [new LeverSetting(s.Model.Id, s),
                .. alternatives.Where(m => m.Id != s.Model.Id).Select(m => new LeverSetting(m.Id, s with { Model = m }))]),
    ];

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
