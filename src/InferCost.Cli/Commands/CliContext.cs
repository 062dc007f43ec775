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
            var calibrated = ShippedCalibration.Apply(catalog, SourceOf(folder));
            if (!calibrated.Succeeded)
            {
                Fail(calibrated.Errors);
                return null;
            }

            return calibrated.Value;
        }

        if (calibration == "none")
        {
            return catalog;
        }

        if (!File.Exists(calibration))
        {
            Fail([new InputError("--calibration", "", $"file '{calibration}' does not exist; give a profile written by `infercost calibrate`, or 'none'.")]);
            return null;
        }

        var profile = CalibrationLoader.Parse(File.ReadAllText(calibration), calibration);
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
        var loaded = folder is null || Directory.Exists(folder)
            ? CatalogLoader.Load(SourceOf(folder))
            : Result.Fail<InferCostCatalog>("--catalog", "", $"folder '{folder}' does not exist; it must be laid out like the repository's data/ folder.");
        if (loaded.Succeeded)
        {
            return loaded.Value;
        }

        Fail(loaded.Errors);
        return null;
    }

    private static ICatalogSource SourceOf(string? folder) => folder is null ? new EmbeddedCatalogSource() : new DirectoryCatalogSource(folder);

    /// <summary>Prints every error, one per line, and returns the exit code for bad input.</summary>
    public int Fail(IReadOnlyList<InputError> errors)
    {
        foreach (var e in errors)
        {
            Error.WriteLine("error: " + Located(e));
        }

        return ExitCodes.BadInput;
    }

    // The engine's coded errors name the field by its id under a neutral source ("scenario", "catalog"); a user gave a
    // flag, whose name is the id with dashes. (A value read from a scenario file is still shown as its flag here: the
    // origin of each value is known only to ScenarioResolver, which relabels the validator's errors itself.)
    private static string Located(InputError e) =>
        e.Code.Length > 0 && e.Source is "scenario" or "catalog" && e.Field.Length > 0 ? $"--{e.Field}: {e.Reason}" : e.ToString();
}
