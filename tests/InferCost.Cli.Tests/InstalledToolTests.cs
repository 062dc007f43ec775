using System.Diagnostics;
using System.Runtime.InteropServices;

namespace InferCost.Cli.Tests;

/// <summary>
/// The tool as a user installs it: packed (per platform, ReadyToRun), installed with <c>dotnet tool install</c>, at most
/// 100 MB on disk, and printing the same JSON as the in-process golden runs for every pinned command. It packs this
/// machine's platform only, into its own artifacts folder (so the repository's bin/ and obj/ are left alone); set
/// INFERCOST_TOOL to an installed tool's executable to check that one instead (eng/tool-check.sh packs every platform).
/// </summary>
public sealed class InstalledToolTests : IDisposable
{
    private const long MaxInstalledBytes = 100_000_000;

    private readonly string _work = Directory.CreateTempSubdirectory("infercost-tool-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task InstalledTool_IsAtMost100MB_AndPrintsTheGoldenJsonOfEveryPinnedCommand()
    {
        var tool = Environment.GetEnvironmentVariable("INFERCOST_TOOL");
        if (string.IsNullOrEmpty(tool))
        {
            tool = await PackAndInstall();
            var installed = new DirectoryInfo(Path.Combine(_work, "tool")).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            installed.ShouldBeLessThanOrEqualTo(MaxInstalledBytes, $"installed tool is {installed / 1e6:0.0} MB");
        }

        var mismatches = new List<string>();
        foreach (var row in GoldenCommands.All)
        {
            var (name, args) = (row.Data.Item1, row.Data.Item2);
            var (code, stdout, stderr) = await Run(tool, args.Split(' ').Select(a => a.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.Combine(RepositoryFiles.Root, a) : a));
            var golden = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "InferCost.Cli.Tests", "Golden", name + ".json"));
            if (code != 0 || stdout.Replace(RepositoryFiles.Root, "<repo>", StringComparison.Ordinal) != golden)
            {
                mismatches.Add($"{name} (exit {code}): {args}{Environment.NewLine}{stderr}");
            }
        }

        mismatches.ShouldBeEmpty();
    }

    private async Task<string> PackAndInstall()
    {
        var packages = Path.Combine(_work, "packages");
        var project = Path.Combine(RepositoryFiles.Root, "src", "InferCost.Cli");
        var pack = await Run("dotnet", ["pack", project, "-c", "Release", "-o", packages, "--artifacts-path", Path.Combine(_work, "artifacts"), $"-p:RuntimeIdentifiers={RuntimeInformation.RuntimeIdentifier}"]);
        pack.Code.ShouldBe(0, pack.Out + pack.Error);
        var install = await Run("dotnet", ["tool", "install", "--tool-path", Path.Combine(_work, "tool"), "--add-source", packages, "InferCost.Tool"]);
        install.Code.ShouldBe(0, install.Out + install.Error);
        return Path.Combine(_work, "tool", OperatingSystem.IsWindows() ? "infercost.exe" : "infercost");
    }

    private static async Task<(int Code, string Out, string Error)> Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        var error = process.StandardError.ReadToEndAsync(cancel);
        var output = await process.StandardOutput.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        return (process.ExitCode, output, await error);
    }
}
