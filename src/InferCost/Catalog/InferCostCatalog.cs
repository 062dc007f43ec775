using System.Collections.Immutable;
using InferCost.Results;

namespace InferCost.Catalog;

/// <summary>The loaded, validated catalog: models, accelerators, regions and defaults.</summary>
/// <param name="Models">Models by id.</param>
/// <param name="Accelerators">Accelerators by id.</param>
/// <param name="Regions">Regions by id.</param>
/// <param name="Defaults">Facility, finance and serving defaults.</param>
/// <param name="Stacks">Serving stacks by id.</param>
/// <remarks>The calibration a catalog ships is loaded and applied by <c>InferCost.Fidelity.ShippedCalibration</c>.</remarks>
public sealed record InferCostCatalog(
    ImmutableSortedDictionary<string, ModelEntry> Models,
    ImmutableSortedDictionary<string, Accelerator> Accelerators,
    ImmutableSortedDictionary<string, Region> Regions,
    CatalogDefaults Defaults,
    ImmutableSortedDictionary<string, ServingStackSpec> Stacks)
{
    /// <summary>The calibration applied to the accelerators' efficiency factors; null when none was applied.</summary>
    public AppliedCalibration? Calibration { get; init; }

    /// <summary>The scale-up and scale-out fabrics (data/fabrics.yaml), by id.</summary>
    public ImmutableSortedDictionary<string, NetworkFabric> Fabrics { get; init; } = ImmutableSortedDictionary<string, NetworkFabric>.Empty;

    /// <summary>The hardware-generation series (data/generations.yaml); null when the catalog has none.</summary>
    public GenerationSeries? GenerationSeries { get; init; }

    /// <summary>Essay 000's cost stack with its per-generation reduction rates (data/generations.yaml); null when absent.</summary>
    public CostStackSpec? CostStack { get; init; }

    /// <summary>
    /// The series' generations, catalogued then extrapolated (the extrapolated ones derived from the current accelerators,
    /// so a calibration applies to them too), at the catalog's rates or <paramref name="overrides"/>.
    /// </summary>
    public Result<IReadOnlyList<Generation>> Generations(GenerationOverrides? overrides = null) => GenerationSeries is null
        ? Result.Fail<IReadOnlyList<Generation>>("catalog", "generations", $"the catalog has no hardware-generation series ({GenerationSeriesLoader.File}).")
        : GenerationSeries.Generations(Accelerators, overrides ?? GenerationOverrides.None, Defaults.Serving.SramBytesPerHbmByte);

    /// <summary>The accelerator families the catalog holds (what a calibration profile may name).</summary>
    public IReadOnlySet<string> AcceleratorFamilies => Accelerators.Values.Select(a => a.Family).ToHashSet(StringComparer.Ordinal);

    /// <summary>Finds a model by id, or explains what is known (an error on <paramref name="field"/>, a canonical field id).</summary>
    public Result<ModelEntry> FindModel(string id, string field = "model") => Find(Models, id, field, "model");

    /// <summary>Finds an accelerator by id, or explains what is known (an error on <paramref name="field"/>, a canonical field id).</summary>
    /// <remarks>An extrapolated generation (extrapolated-gen-1, ...) is found too, at the catalog's rates.</remarks>
    public Result<Accelerator> FindAccelerator(string id, string field = "gpu")
    {
        var key = id.Trim().ToLowerInvariant();
        if (GenerationSeries is { } series && key.StartsWith(GenerationSeries.ExtrapolatedIdPrefix, StringComparison.Ordinal))
        {
            return series.FindExtrapolated(Accelerators, key, Defaults.Serving.SramBytesPerHbmByte) is { } extrapolated
                ? Result.Ok(extrapolated)
                : Result.Fail<Accelerator>("catalog", field,
                    $"unknown accelerator '{id}'; the catalog extrapolates {series.Count} generation(s), {GenerationSeries.ExtrapolatedIdPrefix}1 to {GenerationSeries.ExtrapolatedIdPrefix}{series.Count} (data/generations.yaml)",
                    "unknown-accelerator");
        }

        return Find(Accelerators, id, field, "accelerator");
    }

    /// <summary>Finds a region by id, or explains what is known (an error on <paramref name="field"/>, a canonical field id).</summary>
    public Result<Region> FindRegion(string id, string field = "region") => Find(Regions, id, field, "region");

    /// <summary>Finds a serving stack by id, or explains what is known (an error on <paramref name="field"/>, a canonical field id).</summary>
    public Result<ServingStackSpec> FindStack(string id, string field = "stack") => Find(Stacks, id, field, "serving stack");

    /// <summary>
    /// Finds a scale-out fabric by id, or explains what is known (an error on <paramref name="field"/>, a canonical field id);
    /// a scale-up fabric is refused, since the scale-up fabric comes with the accelerator.
    /// </summary>
    public Result<NetworkFabric> FindScaleOutFabric(string id, string field = "fabric")
    {
        var found = Find(Fabrics.Where(f => f.Value.Scale == FabricScale.Out).ToImmutableSortedDictionary(StringComparer.Ordinal), id, field, "fabric");
        return !found.Succeeded && Fabrics.TryGetValue(id.Trim().ToLowerInvariant(), out var up)
            ? Result.Fail<NetworkFabric>("catalog", field,
                $"'{up.Id}' is a scale-up fabric, which comes with its accelerator; {field} picks a scale-out fabric: {string.Join(", ", Fabrics.Values.Where(f => f.Scale == FabricScale.Out).Select(f => f.Id))}.",
                "unknown-fabric")
            : found;
    }

    /// <summary>
    /// The stack a measurement names by id: the default stack when the name is empty (the source does not say), null when
    /// the catalog holds no stack of that id.
    /// </summary>
    public ServingStackSpec? StackOf(string measured)
    {
        var key = measured.Trim().ToLowerInvariant();
        return key.Length == 0 ? Defaults.Stack : Stacks.GetValueOrDefault(key);
    }

    private static Result<T> Find<T>(ImmutableSortedDictionary<string, T> items, string id, string field, string kind)
    {
        var key = id.Trim().ToLowerInvariant();
        if (items.TryGetValue(key, out var item))
        {
            return Result.Ok<T>(item);
        }

        var near = NameSuggester.Nearest(key, items.Keys);
        var hint = near.Count > 0
            ? $"did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}?"
            : $"known: {string.Join(", ", items.Keys)}.";
        return Result.Fail<T>("catalog", field, $"unknown {kind} '{id}'; {hint} (the catalog lists them all)", "unknown-" + kind.Replace(' ', '-'));
    }
}
