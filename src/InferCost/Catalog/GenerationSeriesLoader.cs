using System.Collections.Immutable;
using System.Globalization;
using InferCost.Results;

namespace InferCost.Catalog;

/// <summary>
/// Reads data/generations.yaml: the hardware-generation series (accelerator ids, checked against the catalog) with its
/// extrapolation rates, and essay 000's cost stack with its reduction rates. The file is optional: a catalog without it
/// has no series (a folder catalog made for a test need not carry one).
/// </summary>
internal static class GenerationSeriesLoader
{
    public const string File = "generations.yaml";

    private const string SeriesRate = "series";

    /// <summary>The series and the cost stack, or nulls (with errors added) when the file is absent or wrong.</summary>
    public static (GenerationSeries? Series, CostStackSpec? CostStack) Read(
        ICatalogSource source, IReadOnlyDictionary<string, Accelerator> accelerators, List<InputError> errors)
    {
        if (!source.Exists(File) || YamlFieldReader.ParseRoot(source.Read(File), File, errors) is not { } root)
        {
            return (null, null);
        }

        var before = errors.Count;
        var series = ReadSeries(root, accelerators, source);
        var stack = ReadCostStack(root.Map("costStack"));
        root.RejectUnknown();
        return errors.Count > before ? (null, null) : (series, stack);
    }

    private static GenerationSeries? ReadSeries(YamlFieldReader root, IReadOnlyDictionary<string, Accelerator> accelerators, ICatalogSource source)
    {
        var s = root.Map("series");
        var x = root.Map("extrapolation");
        if (s is null || x is null)
        {
            return null;
        }

        var ids = s.TextList("generations");
        var seriesSource = s.Map("source") is { } ss ? CatalogLoader.ReadSource(ss) : null;
        s.RejectUnknown();
        if (ids.Count < 2)
        {
            s.Error("generations", $"must list at least two catalogued generations (a rate needs a step), found {ids.Count}.");
        }

        // An accelerator whose file is there but did not load has its own error already; only a missing file is this file's.
        foreach (var id in ids.Where(id => !accelerators.ContainsKey(id) && !source.Exists($"accelerators/{id}.yaml")))
        {
            s.Error("generations", $"names '{id}', which is not in accelerators/.");
        }

        var known = ids.Where(accelerators.ContainsKey).Select(id => accelerators[id]).ToList();
        for (var i = 1; i < known.Count; i++)
        {
            if (known[i].ReleaseYear < known[i - 1].ReleaseYear)
            {
                s.Error("generations", $"must run oldest first: {known[i].Id} ({known[i].ReleaseYear}) follows {known[i - 1].Id} ({known[i - 1].ReleaseYear}).");
            }
        }

        var count = x.Int("generations", 0, GenerationSeries.MaxCount, "generations to extrapolate after the last catalogued one");
        var years = RateOrSeries(x, "yearsPerGeneration", 0.25, 10, "years per extrapolated generation");
        var rates = ImmutableSortedDictionary.CreateBuilder<GenerationFigure, double?>();
        if (x.Map("rates") is { } r)
        {
            foreach (var f in GenerationFigures.All)
            {
                rates[f] = RateOrSeries(r, GenerationFigures.Id(f), GenerationFigures.MinRate, GenerationFigures.MaxRate, "per-generation multiplier");
            }

            r.RejectUnknown();
        }

        var extrapolationSource = x.Map("source") is { } xs ? CatalogLoader.ReadSource(xs, requireEstimate: true) : null;
        x.RejectUnknown();
        return seriesSource is null || extrapolationSource is null || known.Count != ids.Count
            ? null
            : new GenerationSeries([.. ids], count, years, rates.ToImmutable(), extrapolationSource);
    }

    // A number in range, or 'series' (null: computed from the catalogued series when used).
    private static double? RateOrSeries(YamlFieldReader r, string key, double min, double max, string meaning)
    {
        var text = r.Text(key);
        return text == SeriesRate ? null : r.OptionalNumber(key, min, max, meaning + ", or 'series'");
    }

    private static CostStackSpec? ReadCostStack(YamlFieldReader? r)
    {
        if (r is null)
        {
            return null;
        }

        var baseYear = r.Int("baseYear", 2015, 2035, "the year of today's shares");
        var years = r.Number("yearsPerGeneration", 0.25, 10, "years per generation");
        var essayYear = r.Int("essayYear", 2015, 2050, "the year of the essay's projected column");
        var components = r.Items("components").Select(c =>
        {
            var spec = new CostStackComponentSpec(
                c.Text("id"),
                c.Text("name"),
                c.Number("todayPercent", 0.01, 100, "% of today's cost of a token") / 100,
                c.Number("rateLow", CostStackLimits.MinRate, CostStackLimits.MaxRate, "reduction per generation, low end"),
                c.Number("rateHigh", CostStackLimits.MinRate, CostStackLimits.MaxRate, "reduction per generation, high end"),
                c.Number("essayPercent", 0, 100, "% in the essay's projected year") / 100);
            if (spec.RateHigh < spec.RateLow)
            {
                c.Error("rateHigh", string.Create(CultureInfo.InvariantCulture, $"must be at least rateLow ({spec.RateLow}), found {spec.RateHigh}."));
            }

            c.RejectUnknown();
            return spec;
        }).ToImmutableArray();
        var total = components.Sum(c => c.TodayShare);
        if (Math.Abs(total - 1) > CostStackLimits.ShareSumTolerance)
        {
            r.Error("components", string.Create(CultureInfo.InvariantCulture, $"todayPercent must sum to 100 (within 0.5), found {total * 100:0.##}."));
        }

        if (components.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != components.Length)
        {
            r.Error("components", "ids must be unique.");
        }

        var sources = CatalogLoader.ReadSources(r.Map("sources"), ["shares", "cadence"], requireEstimate: true);
        r.RejectUnknown();
        return new CostStackSpec(baseYear, years, essayYear, components, sources);
    }
}
