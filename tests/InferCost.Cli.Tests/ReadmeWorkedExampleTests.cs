namespace InferCost.Cli.Tests;

/// <summary>The README's worked example is the tool's real output: regenerate it when the engine changes.</summary>
public class ReadmeWorkedExampleTests
{
    private const string Start = "<!-- worked-example:start -->";
    private const string End = "<!-- worked-example:end -->";

    [Fact]
    public void Readme_WorkedExample_MatchesTheToolsOutput()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var from = readme.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        var documented = readme[from..to].Trim().ReplaceLineEndings("\n");

        var run = CliRun.Of("estimate", "--format", "markdown");

        run.ExitCode.ShouldBe(0);
        run.Out.Trim().ReplaceLineEndings("\n").ShouldBe(
            documented,
            "README.md's worked example is stale: replace the block between the markers with the output of `dotnet run --project src/InferCost.Cli -- estimate --format markdown`.");
    }
}
