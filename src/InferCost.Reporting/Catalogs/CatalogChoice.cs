using System.Collections.Immutable;
using InferCost.Catalog;
using InferCost.Fidelity;
using InferCost.Reporting.Inputs;
using InferCost.Results;

namespace InferCost.Reporting.Catalogs;

/// <summary>
/// The catalog a face works with: the built-in one or a folder laid out like the repository's data/, with a calibration
/// profile applied: the one the catalog ships by default, none, or one from a file. Errors name the input by its
/// canonical id (<see cref="CatalogInput"/>, <see cref="CalibrationInput"/>); a face maps those to its own spelling (a
/// flag, a query key).
/// </summary>
public static class CatalogChoice
{
    /// <summary>The canonical id of the catalog-folder input.</summary>
    public const string CatalogInput = "catalog";

    /// <summary>The canonical id of the calibration input.</summary>
    public const string CalibrationInput = "calibration";

    /// <summary>The calibration value that asks for the uncalibrated catalog.</summary>
    public const string NoCalibration = "none";

    /// <summary>
    /// Loads the catalog in <paramref name="folder"/> (the built-in one when null) with <paramref name="calibration"/>
    /// applied: null for the profile that catalog ships, <see cref="NoCalibration"/> for none, else the path of a profile file.
    /// </summary>
    public static Result<InferCostCatalog> Load(string? folder, string? calibration) =>
        SourceOf(folder).Bind(source => CatalogLoader.Load(source).Bind(catalog => Calibrate(catalog, calibration, source)));

    /// <summary>Loads the catalog in <paramref name="folder"/> (the built-in one when null) without calibration.</summary>
    public static Result<InferCostCatalog> LoadUncalibrated(string? folder) => SourceOf(folder).Bind(CatalogLoader.Load);

    /// <summary>
    /// Applies a calibration choice (see <see cref="Load"/>) to an uncalibrated catalog; the default is the profile
    /// <paramref name="shippedWith"/> ships.
    /// </summary>
    public static Result<InferCostCatalog> Calibrate(InferCostCatalog catalog, string? calibration, ICatalogSource shippedWith)
    {
        if (calibration is null)
        {
            return ShippedCalibration.Apply(catalog, shippedWith);
        }

        if (calibration == NoCalibration)
        {
            // Nothing fitted applies; the error band the shipped profile measured for uncalibrated predictions still does.
            var shipped = ShippedCalibration.Load(shippedWith, catalog.AcceleratorFamilies);
            return Result.Ok(catalog with { Calibration = shipped.Succeeded && shipped.Value is { } p ? new AppliedCalibration(p.Source, ImmutableSortedDictionary<string, int>.Empty, ImmutableSortedDictionary<string, int>.Empty, p.Confidence) : null });
        }

        if (PathKinds.ReadableFileProblem(calibration) is { } problem)
        {
            return Result.Fail<InferCostCatalog>(CalibrationInput, "", $"{problem}; give a profile written by `infercost calibrate`, or '{NoCalibration}'.");
        }

        return CalibrationLoader.Parse(File.ReadAllText(calibration), calibration, catalog.AcceleratorFamilies, [.. catalog.Stacks.Keys]).Map(profile => profile.ApplyTo(catalog));
    }

    /// <summary>The catalog source in <paramref name="folder"/> (the built-in one when null), or why the folder cannot be one.</summary>
    public static Result<ICatalogSource> SourceOf(string? folder) =>
        folder is null
            ? Result.Ok<ICatalogSource>(new EmbeddedCatalogSource())
            : PathKinds.Of(folder) switch
            {
                PathKind.Directory => Result.Ok<ICatalogSource>(new DirectoryCatalogSource(folder)),
                PathKind.File => Result.Fail<ICatalogSource>(CatalogInput, "", $"'{folder}' is a file, not a folder; give a folder laid out like the repository's data/ folder."),
                _ => Result.Fail<ICatalogSource>(CatalogInput, "", $"folder '{folder}' does not exist; it must be laid out like the repository's data/ folder."),
            };
}
