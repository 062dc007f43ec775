using InferCost.Catalog;
using InferCost.Cli.Scenarios;
using InferCost.Reporting.Catalogs;
using InferCost.Reporting.Scenarios;
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
    public InferCostCatalog? LoadCatalog(string? folder, string? calibration) => OrFail(CatalogChoice.Load(folder, calibration));

    /// <summary>Loads the built-in catalog, or the one in <paramref name="folder"/>, without calibration; on failure prints why and returns null.</summary>
    public InferCostCatalog? LoadCatalog(string? folder) => OrFail(CatalogChoice.LoadUncalibrated(folder));

    /// <summary>
    /// Prints every error, one per line, and returns the exit code for bad input. Given the <paramref name="input"/> the
    /// scenario was resolved from, an engine error about a field points at where its value came from (a flag, or a
    /// scenario file's key).
    /// </summary>
    public int Fail(IReadOnlyList<InputError> errors, ScenarioInput? input = null)
    {
        foreach (var e in errors)
        {
            Error.WriteLine("error: " + CliFlags.Spelled(input?.Locate(e) ?? e));
        }

        return ExitCodes.BadInput;
    }

    private InferCostCatalog? OrFail(Result<InferCostCatalog> loaded)
    {
        if (loaded.Succeeded)
        {
            return loaded.Value;
        }

        Fail(loaded.Errors);
        return null;
    }
}
