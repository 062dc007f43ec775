using System.Collections.Immutable;
using System.Globalization;
using InferCost.Results;

namespace InferCost.Catalog;

/// <summary>
/// The hardware-generation series of data/generations.yaml: the catalogued generations (accelerator ids, oldest first;
/// their figures stay in their own entries) and how later generations are extrapolated from the last one.
/// </summary>
/// <param name="CataloguedIds">Accelerator ids of the catalogued generations, oldest first (checked to exist on load).</param>
/// <param name="Count">How many generations to extrapolate.</param>
/// <param name="YearsPerGeneration">The cadence of extrapolated generations; null = the series' mean years per step.</param>
/// <param name="CatalogRates">A rate per figure; null = the series' geometric mean per step.</param>
/// <param name="Source">Where the series and its rates come from.</param>
public sealed record GenerationSeries(
    ImmutableArray<string> CataloguedIds,
    int Count,
    double? YearsPerGeneration,
    ImmutableSortedDictionary<GenerationFigure, double?> CatalogRates,
    SourceRef Source)
{
    /// <summary>The most generations that may be extrapolated: beyond ten, a trend says nothing.</summary>
    public const int MaxCount = 10;

    /// <summary>Prefix of an extrapolated generation's accelerator id (extrapolated-gen-1, -2, ...).</summary>
    public const string ExtrapolatedIdPrefix = "extrapolated-gen-";

    /// <summary>The rates, count and cadence after <paramref name="overrides"/>, each override checked; errors name the field.</summary>
    public Result<GenerationRates> Resolve(IReadOnlyDictionary<string, Accelerator> accelerators, GenerationOverrides overrides)
    {
        var errors = new List<InputError>();
        var known = GenerationFigures.All.Select(GenerationFigures.Id).ToList();
        foreach (var id in overrides.Rates.Keys.Where(k => GenerationFigures.Parse(k) is null))
        {
            errors.Add(new InputError("scenario", "generation-rate", $"'{id}' is not a figure of the series; use one of {string.Join(", ", known)}.", "unknown-figure"));
        }

        var catalogued = Catalogued(accelerators);
        var steps = catalogued.Count - 1;
        var rates = ImmutableSortedDictionary.CreateBuilder<GenerationFigure, GenerationRate>();
        foreach (var f in GenerationFigures.All)
        {
            var id = GenerationFigures.Id(f);
            if (overrides.Rates.TryGetValue(id, out var given))
            {
                if (RateProblem(given) is { } problem)
                {
                    errors.Add(new InputError("scenario", "generation-rate." + id, problem, "out-of-range"));
                }

                rates[f] = new GenerationRate(f, given, "override");
            }
            else if (CatalogRates.GetValueOrDefault(f) is { } fixedRate)
            {
                rates[f] = new GenerationRate(f, fixedRate, "catalog (data/generations.yaml)");
            }
            else
            {
                var first = GenerationFigures.Read(catalogued[0], f);
                var last = GenerationFigures.Read(catalogued[^1], f);
                rates[f] = new GenerationRate(f, SeriesRate(first, last, steps), string.Create(CultureInfo.InvariantCulture,
                    $"series: ({catalogued[^1].Id} / {catalogued[0].Id})^(1/{steps}) = ({last:G4} / {first:G4})^(1/{steps})"));
            }
        }

        var count = overrides.Count ?? Count;
        if (count is < 0 or > MaxCount)
        {
            errors.Add(new InputError("scenario", "generations", $"must be a whole number from 0 to {MaxCount} (beyond {MaxCount} generations a trend says nothing), found {count}.", "out-of-range"));
        }

        var seriesYears = (catalogued[^1].ReleaseYear - catalogued[0].ReleaseYear) / (double)steps;
        var years = overrides.YearsPerGeneration ?? YearsPerGeneration ?? seriesYears;
        if (!double.IsFinite(years) || years < 0.25 || years > 10)
        {
            errors.Add(new InputError("scenario", "generation-years", string.Create(CultureInfo.InvariantCulture,
                $"must be from 0.25 to 10 years per generation (NVIDIA's cadence has been 1 to 2 years), found {years}."), "out-of-range"));
        }

        var basis = overrides.YearsPerGeneration is not null ? "override"
            : YearsPerGeneration is not null ? "catalog (data/generations.yaml)"
            : string.Create(CultureInfo.InvariantCulture, $"series: ({catalogued[^1].ReleaseYear} - {catalogued[0].ReleaseYear}) / {steps} steps");
        return errors.Count > 0
            ? Result.Fail<GenerationRates>(errors)
            : Result.Ok(new GenerationRates(rates.ToImmutable(), count, years, basis));
    }

    /// <summary>
    /// The catalogued generations then the extrapolated ones, at the rates after <paramref name="overrides"/>;
    /// <paramref name="sramBytesPerHbmByte"/> is the catalog's serving default the power model uses (data/defaults.yaml).
    /// </summary>
    public Result<IReadOnlyList<Generation>> Generations(IReadOnlyDictionary<string, Accelerator> accelerators, GenerationOverrides overrides, double sramBytesPerHbmByte)
    {
        var rates = Resolve(accelerators, overrides);
        if (!rates.Succeeded)
        {
            return Result.Fail<IReadOnlyList<Generation>>(rates.Errors);
        }

        var catalogued = Catalogued(accelerators);
        var list = catalogued.Select((a, i) => new Generation(i, a.ReleaseYear, a, 0)).ToList();
        var last = catalogued[^1];
        for (var n = 1; n <= rates.Value.Count; n++)
        {
            var year = last.ReleaseYear + (int)Math.Round(n * rates.Value.YearsPerGeneration, MidpointRounding.AwayFromZero);
            var a = GenerationExtrapolator.Extrapolate(last, rates.Value, n, year, ExtrapolatedIdPrefix + n.ToString(CultureInfo.InvariantCulture), Source, sramBytesPerHbmByte);
            if (!a.Succeeded)
            {
                return Result.Fail<IReadOnlyList<Generation>>(a.Errors);
            }

            list.Add(new Generation(list.Count, year, a.Value, n));
        }

        return Result.Ok<IReadOnlyList<Generation>>(list);
    }

    /// <summary>
    /// The extrapolated generation with accelerator id <paramref name="id"/> at the catalog's rates (as every command's
    /// --gpu resolves it), or null when the id names none.
    /// </summary>
    public Accelerator? FindExtrapolated(IReadOnlyDictionary<string, Accelerator> accelerators, string id, double sramBytesPerHbmByte)
    {
        if (!id.StartsWith(ExtrapolatedIdPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var all = Generations(accelerators, GenerationOverrides.None, sramBytesPerHbmByte);
        return all.Succeeded ? all.Value.FirstOrDefault(g => g.Extrapolated && g.Accelerator.Id == id)?.Accelerator : null;
    }

    /// <summary>The geometric mean change per step from <paramref name="first"/> to <paramref name="last"/> over <paramref name="steps"/> steps.</summary>
    public static double SeriesRate(double first, double last, int steps) => Math.Pow(last / first, 1.0 / steps);

    /// <summary>Why a per-generation rate is not acceptable, or null when it is.</summary>
    public static string? RateProblem(double rate) =>
        !double.IsFinite(rate) ? $"must be a finite number, found {rate.ToString(CultureInfo.InvariantCulture)}."
        : rate <= 0 ? $"must be above 0 (a per-generation multiplier; 1 = unchanged), found {rate.ToString(CultureInfo.InvariantCulture)}."
        : rate is < GenerationFigures.MinRate or > GenerationFigures.MaxRate
            ? string.Create(CultureInfo.InvariantCulture, $"must be from {GenerationFigures.MinRate} to {GenerationFigures.MaxRate} per generation (no catalogued figure moved more than 3.3x in one step), found {rate}.")
            : null;

    private List<Accelerator> Catalogued(IReadOnlyDictionary<string, Accelerator> accelerators) => [.. CataloguedIds.Select(id => accelerators[id])];
}
