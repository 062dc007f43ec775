namespace InferCost.Cli.Tests;

/// <summary>docs/analyses/simulate.md's worked example is the tool's real output: regenerate it when the engine changes.</summary>
public class SimulateDocTests
{
    [Fact]
    public void SimulateDoc_WorkedExample_MatchesTheToolsOutput()
    {
        var documented = EconomicsDocsExamples.Block("simulate.md");
        var run = CliRun.Of("simulate", "--tp", "8", "--rate", "10", "--lengths-from", "azure-conv", "--requests", "2000", "--slo", "ttft_p90=1s,tpot_p99=50ms", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Trim().ReplaceLineEndings("\n").ShouldBe(
            documented,
            "docs/analyses/simulate.md's worked example is stale: replace the block between the markers with the output of `infercost simulate --tp 8 --rate 10 --lengths-from azure-conv --requests 2000 --slo ttft_p90=1s,tpot_p99=50ms --format markdown`.");
    }
}
