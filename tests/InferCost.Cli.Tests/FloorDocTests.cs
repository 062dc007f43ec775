namespace InferCost.Cli.Tests;

/// <summary>docs/analyses/floor.md's worked example is the tool's real output: regenerate it when the engine changes.</summary>
public class FloorDocTests
{
    private const string Start = "<!-- worked-example:start -->";
    private const string End = "<!-- worked-example:end -->";

    [Fact]
    public void FloorDoc_WorkedExample_MatchesTheToolsOutput()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "analyses", "floor.md"));
        var from = doc.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var to = doc.IndexOf(End, StringComparison.Ordinal);
        var documented = doc[from..to].Trim().ReplaceLineEndings("\n");

        var run = CliRun.Of("floor", "--as-of", "2026-11-29", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Trim().ReplaceLineEndings("\n").ShouldBe(
            documented,
            "docs/analyses/floor.md's worked example is stale: replace the block between the markers with the output of `infercost floor --as-of 2026-11-29 --format markdown`.");
    }
}
