using InferCost.Catalog;
using InferCost.Results;

namespace InferCost.Fidelity;

/// <summary>
/// The calibration profile a catalog ships (calibration/default.yaml beside its data). Loading it lives here rather than
/// in the catalog loader so that the catalog does not depend on calibration: calibration reads the catalog, not the
/// other way round.
/// </summary>
public static class ShippedCalibration
{
    /// <summary>Where a catalog source keeps its shipped profile.</summary>
    public const string FileName = "calibration/default.yaml";

    /// <summary>
    /// The profile <paramref name="source"/> ships, or null when it ships none; errors name the file. Given the
    /// catalog's <paramref name="knownFamilies"/> and <paramref name="knownStacks"/>, a family or stack it does not hold is an error.
    /// </summary>
    public static Result<CalibrationProfile?> Load(
        ICatalogSource source, IReadOnlyCollection<string>? knownFamilies = null, IReadOnlyCollection<string>? knownStacks = null) =>
        !source.Exists(FileName)
            ? Result.Ok<CalibrationProfile?>(null)
            : CalibrationLoader.Parse(source.Read(FileName), FileName, knownFamilies, knownStacks).Map<CalibrationProfile?>(p => p);

    /// <summary>The profile built into the engine.</summary>
    public static Result<CalibrationProfile?> LoadBuiltIn() => Load(new EmbeddedCatalogSource());

    /// <summary><paramref name="catalog"/> with the profile <paramref name="source"/> ships applied (itself when it ships none).</summary>
    public static Result<InferCostCatalog> Apply(InferCostCatalog catalog, ICatalogSource source) =>
        Load(source, catalog.AcceleratorFamilies, [.. catalog.Stacks.Keys]).Map(p => p?.ApplyTo(catalog) ?? catalog);

    /// <summary>
    /// <paramref name="catalog"/> with the engine's built-in profile applied (for the built-in catalog; a catalog read from a
    /// folder takes that folder's profile through <see cref="Apply"/>). The built-in profile is shipped and tested, so a
    /// failure here is a build defect, not bad input.
    /// </summary>
    public static InferCostCatalog Calibrated(this InferCostCatalog catalog) => Apply(catalog, new EmbeddedCatalogSource()).Value;
}
