namespace InferCost.Cli.Tests;

/// <summary>docs/analyses/disaggregate.md's worked example is the tool's real output: regenerate it when the engine changes.</summary>
public class DisaggregateDocTests
{
    [Fact]
    public void WorkedExample_IsTheToolsOutput()
    {
        var documented = EconomicsDocsExamples.Block("disaggregate.md");
        var run = CliRun.Of("estimate", "--tp", "2", "--disaggregate", "2P1D", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ReplaceLineEndings("\n").ShouldContain(documented,
            customMessage: "docs/analyses/disaggregate.md's worked example is stale: replace the block between the markers with the disaggregated sections of `infercost estimate --tp 2 --disaggregate 2P1D --format markdown`.");
    }
}
