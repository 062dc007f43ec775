using InferCost.Catalog;
using InferCost.Fidelity;
using InferCost.Results;

namespace InferCost.Cli.Commands;

/// <summary>What every command needs: where to write, and the catalog (loaded on first use).</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed class CliContext(TextWriter Out, TextWriter Error)
{
    public TextWriter Out { get; } = Out;

    public TextWriter Error { get; } = Error;

    /// <summary>
    /// Loads the built-in catalog (or the one in <paramref name="folder"/>) with a calibration applied: the shipped
    /// profile by default, none for "none", or the profile in a file. On failure prints why and returns null.
    /// </summary>
    public InferCostCatalog? LoadCatalog(string? folder, string? calibration)
    {
        if (LoadCatalog(folder) is not { } catalog)
        {
            return null;
        }

        if (calibration is null)
        {
            return catalog.Calibrated();
        }

        if (calibration == "none")
        {
            return catalog;
        }

        if (PathKinds.ReadableFileProblem(calibration) is { } problem)
        {
            Fail([new InputError("--calibration", "", $"{problem}; give a profile written by `infercost calibrate`, or 'none'.")]);
            return null;
        }

        var families = catalog.Accelerators.Values.Select(a => a.Family).ToHashSet(StringComparer.Ordinal);
        var profile = CalibrationLoader.Parse(File.ReadAllText(calibration), calibration, families);
        if (!profile.Succeeded)
        {
            Fail(profile.Errors);
            return null;
        }

        return profile.Value.ApplyTo(catalog);
    }

    /// <summary>Loads the built-in catalog, or the one in <paramref name="folder"/>, without calibration; on failure prints why and returns null.</summary>
    public InferCostCatalog? LoadCatalog(string? folder)
    {
        var loaded = folder is null
            ? CatalogLoader.LoadBuiltIn()
            : PathKinds.Of(folder) switch
            {
                PathKind.Directory => CatalogLoader.Load(new DirectoryCatalogSource(folder)),
                PathKind.File => Result.Fail<InferCostCatalog>("--catalog", "", $"'{folder}' is a file, not a folder; give a folder laid out like the repository's data/ folder."),
                _ => Result.Fail<InferCostCatalog>("--catalog", "", $"folder '{folder}' does not exist; it must be laid out like the repository's data/ folder."),
            };
        if (loaded.Succeeded)
        {
            return loaded.Value;
        }

        Fail(loaded.Errors);
        return null;
    }

    /// <summary>Prints every error, one per line, and returns the exit code for bad input.</summary>
    public int Fail(IReadOnlyList<InputError> errors)
    {
        foreach (var e in errors)
        {
            Error.WriteLine("error: " + e);
        }

        return ExitCodes.BadInput;
    }
}
