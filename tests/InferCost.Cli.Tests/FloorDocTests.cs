namespace InferCost.Cli.Tests;

/// <summary>docs/analyses/floor.md's worked example is the tool's real output: regenerate it when the engine changes.</summary>
public class FloorDocTests
{
    [Fact]
    public void FloorDoc_WorkedExample_MatchesTheToolsOutput()
    {
        var documented = EconomicsDocsExamples.Block("floor.md");

        var run = CliRun.Of("floor", "--as-of", "2026-11-29", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Trim().ReplaceLineEndings("\n").ShouldBe(
            documented,
            "docs/analyses/floor.md's worked example is stale: replace the block between the markers with the output of `infercost floor --as-of 2026-11-29 --format markdown`.");
    }
}
