using System.Diagnostics;

namespace InferCost.Cli.Tests;

/// <summary>
/// The packaged tool (ReadyToRun, per-platform, as `dotnet tool install` lays it out) prints the same JSON as the
/// in-process golden runs. It needs an installed tool, so it runs only when INFERCOST_TOOL names its executable
/// (eng/tool-check.sh packs, installs and sets it); otherwise it is skipped, once.
/// </summary>
public sealed class InstalledToolTests
{
    private static readonly string? Tool = Environment.GetEnvironmentVariable("INFERCOST_TOOL");

    [Fact]
    public async Task InstalledTool_JsonOutputOfEveryGoldenCommand_MatchesGolden()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(Tool), "INFERCOST_TOOL is not set (eng/tool-check.sh sets it to an installed tool)");

        var mismatches = new List<string>();
        foreach (var row in GoldenCommands.All)
        {
            var (name, args) = (row.Data.Item1, row.Data.Item2);
            var (code, stdout, stderr) = await Run(args);
            var golden = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "InferCost.Cli.Tests", "Golden", name + ".json"));
            if (code != 0 || stdout.Replace(RepositoryFiles.Root, "<repo>", StringComparison.Ordinal) != golden)
            {
                mismatches.Add($"{name} (exit {code}): {args}{Environment.NewLine}{stderr}");
            }
        }

        mismatches.ShouldBeEmpty();
    }

    private static async Task<(int Code, string Out, string Error)> Run(string args)
    {
        var start = new ProcessStartInfo(Tool!) { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args.Split(' '))
        {
            start.ArgumentList.Add(a.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.Combine(RepositoryFiles.Root, a) : a);
        }

        using var process = Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        var error = process.StandardError.ReadToEndAsync(cancel);
        var output = await process.StandardOutput.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        return (process.ExitCode, output, await error);
    }
}
