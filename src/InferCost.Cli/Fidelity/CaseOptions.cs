using System.CommandLine;
using InferCost.Cli.Commands;
using InferCost.Fidelity;
using InferCost.Reporting.Fidelity;
using InferCost.Results;

namespace InferCost.Cli.Fidelity;

/// <summary>The --cases option and reading its file.</summary>
internal static class CaseOptions
{
    public static Option<string> Cases() => new("--cases")
    {
        Description = "Benchmark cases as CSV in the format of shared/data/measured/published.csv (unknown columns are ignored).",
        HelpName = "FILE.csv",
        Required = true,
    };

    /// <summary>Reads the cases; prints every bad row and returns null when there is any.</summary>
    public static IReadOnlyList<BenchmarkCase>? Read(string path, CliContext context)
    {
        if (!File.Exists(path))
        {
            context.Fail([new InputError("--cases", "", $"file '{path}' does not exist.")]);
            return null;
        }

        using var reader = new StreamReader(path);
        var (cases, errors) = CaseFileReader.Read(reader, Path.GetFileName(path));
        if (errors.Count > 0)
        {
            context.Fail(errors);
            return null;
        }

        if (cases.Count == 0)
        {
            context.Fail([new InputError(Path.GetFileName(path), "", "holds no cases.")]);
            return null;
        }

        return cases;
    }
}
