using System.CommandLine;
using InferCost.Catalog;
using InferCost.Cli.Commands;
using InferCost.Fidelity;
using InferCost.Reporting.Fidelity;
using InferCost.Reporting.Inputs;
using InferCost.Results;

namespace InferCost.Cli.Fidelity;

/// <summary>The --cases option and reading its file.</summary>
internal static class CaseOptions
{
    /// <summary>The shipped measurements (data/measured/published.csv, built into the engine), the default --cases.</summary>
    public const string PublishedName = "published.csv";

    private const string PublishedResource = "measured/published.csv";

    public static Option<string?> Cases() => new("--cases")
    {
        Description = "Benchmark cases as CSV in the format of data/measured/published.csv (unknown columns are ignored). "
            + "Default: the 860 published measurements that ship with infercost.",
        HelpName = "FILE.csv",
    };

    /// <summary>Reads the cases (the shipped measurements when <paramref name="path"/> is null); prints every bad row and returns null when there is any.</summary>
    public static IReadOnlyList<BenchmarkCase>? Read(string? path, CliContext context)
    {
        if (path is not null && PathKinds.ReadableFileProblem(path) is { } problem)
        {
            context.Fail([new InputError("--cases", "", problem + "; give a CSV file of benchmark cases, or leave --cases out for the shipped measurements.")]);
            return null;
        }

        using var reader = path is null ? new StringReader(new EmbeddedCatalogSource().Read(PublishedResource)) : (TextReader)new StreamReader(path);
        var (cases, errors) = CaseFileReader.Read(reader, path is null ? PublishedName : Path.GetFileName(path));
        if (errors.Count > 0)
        {
            context.Fail(errors);
            return null;
        }

        if (cases.Count == 0)
        {
            context.Fail([new InputError(path is null ? PublishedName : Path.GetFileName(path), "", "holds no cases.")]);
            return null;
        }

        return cases;
    }
}
