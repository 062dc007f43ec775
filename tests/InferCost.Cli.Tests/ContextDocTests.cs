namespace InferCost.Cli.Tests;

/// <summary>docs/analyses/context.md's worked example (the cheapest layout per context) is the tool's real output.</summary>
public class ContextDocTests
{
    [Fact]
    public void ContextDoc_WorkedExample_MatchesTheToolsOutput()
    {
        var documented = EconomicsDocsExamples.Block("context.md");

        var run = CliRun.Of("context", "--gpu", "h100-sxm", "--batch", "max", "--contexts", "2k,16k,64k", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Trim().ReplaceLineEndings("\n").ShouldBe(
            documented,
            "docs/analyses/context.md's worked example is stale: replace the block between the markers with the output of `infercost context --gpu h100-sxm --batch max --contexts 2k,16k,64k --format markdown`.");
    }
}
