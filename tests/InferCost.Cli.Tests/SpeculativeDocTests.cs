namespace InferCost.Cli.Tests;

/// <summary>docs/analyses/speculative.md's worked example is the tool's real output: regenerate it when the engine changes.</summary>
public class SpeculativeDocTests
{
    [Fact]
    public void WorkedExample_IsTheToolsOutput()
    {
        var documented = EconomicsDocsExamples.Block("speculative.md");
        var run = CliRun.Of("sweep", "--model", "deepseek-v3", "--tp", "8", "--speculative", "mtp", "--draft-tokens", "1,2,3", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        documented.ShouldContain("| 1 | 64 | 326 |");
        run.Out.ReplaceLineEndings("\n").ShouldContain(documented,
            customMessage: "docs/analyses/speculative.md's worked example is stale: replace the block between the markers with `infercost sweep --model deepseek-v3 --tp 8 --speculative mtp --draft-tokens 1,2,3 --format markdown`.");
    }
}
