namespace InferCost.Cli.Tests;

/// <summary>docs/analyses/drivers.md's worked example is the tool's real output.</summary>
public class DriversDocsExampleTests
{
    [Fact]
    public void DriversDoc_WorkedExample_MatchesTheToolsOutput()
    {
        var run = CliRun.Of("drivers", "--format", "markdown");
        run.ExitCode.ShouldBe(0, run.Error);
        var block = EconomicsDocsExamples.Block("drivers.md");
        run.Out.Trim().ReplaceLineEndings("\n").ShouldBe(block, "docs/analyses/drivers.md's worked example is stale: paste the command's output between the markers.");

        // The figures the page's prose quotes.
        block.ShouldContain("| per cycle | product of the drivers | 24 | 75 | 180 |");
        block.ShouldContain("| over 2 cycles | per cycle ^ cycles | 576 | 5,625 | 32,400 |");
        block.ShouldContain("| Implied token growth (spend x price drop) | 4,500 |");
    }
}
