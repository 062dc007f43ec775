namespace InferCost.Cli.Tests;

/// <summary>docs/analyses/margin.md's worked example is the tool's real output: regenerate it when the engine changes.</summary>
public class MarginDocTests
{
    [Fact]
    public void MarginDoc_WorkedExample_MatchesTheToolsOutput()
    {
        var documented = EconomicsDocsExamples.Block("margin.md");

        var run = CliRun.Of("margin", "--scenario", Path.Combine(RepositoryFiles.Root, "examples", "essay-001-8.2", "b64-fp8.yaml"), "--list-price", "3", "--as-of", "2026-11-29", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Trim().ReplaceLineEndings("\n").ShouldBe(
            documented,
            "docs/analyses/margin.md's worked example is stale: replace the block between the markers with the output of `infercost margin --scenario examples/essay-001-8.2/b64-fp8.yaml --list-price 3 --as-of 2026-11-29 --format markdown`.");
    }
}
