namespace InferCost.Cli.Tests;

/// <summary>
/// The JSON every command printed before the engine/CLI redesign, pinned byte for byte. Set
/// INFERCOST_UPDATE_GOLDEN=1 to rewrite the files after a change that moves a figure on purpose (and say why in the commit).
/// </summary>
public sealed class GoldenOutputTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("INFERCOST_UPDATE_GOLDEN") == "1";

    public static TheoryData<string, string> Commands => GoldenCommands.All;

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_JsonOutput_MatchesGolden(string name, string args)
    {
        var argv = args.Split(' ').Select(a => a.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.Combine(RepositoryFiles.Root, a) : a).ToArray();
        var run = CliRun.Of(argv);
        run.ExitCode.ShouldBe(0, run.Error);
        var actual = run.Out.Replace(RepositoryFiles.Root, "<repo>", StringComparison.Ordinal);
        var path = Path.Combine(RepositoryFiles.Root, "tests", "InferCost.Cli.Tests", "Golden", name + ".json");
        if (Update)
        {
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"no golden file {path}; run with INFERCOST_UPDATE_GOLDEN=1 to create it");
        actual.ShouldBe(File.ReadAllText(path), $"{name}: {args}");
    }
}
