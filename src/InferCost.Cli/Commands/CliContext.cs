using InferCost.Catalog;
using InferCost.Validation;

namespace InferCost.Cli.Commands;

/// <summary>What every command needs: where to write, and the catalog (loaded on first use).</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed class CliContext(TextWriter Out, TextWriter Error)
{
    public TextWriter Out { get; } = Out;

    public TextWriter Error { get; } = Error;

    /// <summary>Loads the built-in catalog, or the one in <paramref name="folder"/>; on failure prints why and returns null.</summary>
    public InferCostCatalog? LoadCatalog(string? folder)
    {
        var loaded = folder is null
            ? CatalogLoader.LoadBuiltIn()
            : Directory.Exists(folder)
                ? CatalogLoader.Load(new DirectoryCatalogSource(folder))
                : Result.Fail<InferCostCatalog>("--catalog", "", $"folder '{folder}' does not exist; it must be laid out like the repository's data/ folder.");
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
