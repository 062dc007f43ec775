using System.Diagnostics;

namespace InferCost.Cli.Tests;

/// <summary>
/// The packaged tool (ReadyToRun, per-platform, as `dotnet tool install` lays it out) prints the same JSON as the
/// in-process golden runs. It needs an installed tool, so it runs only when INFERCOST_TOOL names its executable
/// (eng/tool-check.sh packs, installs and sets it); otherwise every case is skipped.
/// </summary>
public sealed class InstalledToolTests
{
    private static readonly string? Tool = Environment.GetEnvironmentVariable("INFERCOST_TOOL");

    public static TheoryData<string, string> Commands => GoldenCommands.All;

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task InstalledTool_JsonOutput_MatchesGolden(string name, string args)
    {
        Assert.SkipWhen(string.IsNullOrEmpty(Tool), "INFERCOST_TOOL is not set (eng/tool-check.sh sets it to an installed tool)");

        var start = new ProcessStartInfo(Tool!) { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args.Split(' '))
        {
            start.ArgumentList.Add(a.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.Combine(RepositoryFiles.Root, a) : a);
        }

        using var process = Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        var stderr = process.StandardError.ReadToEndAsync(cancel);
        var stdout = await process.StandardOutput.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);

        process.ExitCode.ShouldBe(0, await stderr);
        var golden = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "InferCost.Cli.Tests", "Golden", name + ".json"));
        stdout.Replace(RepositoryFiles.Root, "<repo>", StringComparison.Ordinal).ShouldBe(golden, $"{name}: {args}");
    }
}
