namespace InferCost.Cli.Tests;

/// <summary>docs/analyses/task.md's worked example is the tool's real output.</summary>
public class TaskDocsExampleTests
{
    [Fact]
    public void TaskDoc_WorkedExample_MatchesTheToolsOutput()
    {
        var run = CliRun.Of("task", "--input-price", "0.05", "--output-price", "0.05", "--input", "800", "--output", "200", "--price-drop", "1000", "--token-growth", "50", "--format", "markdown");
        run.ExitCode.ShouldBe(0, run.Error);
        var block = EconomicsDocsExamples.Block("task.md");
        run.Out.Trim().ReplaceLineEndings("\n").ShouldBe(block, "docs/analyses/task.md's worked example is stale: paste the command's output between the markers.");

        // What the page says about it: essay 004's $0.01 for 200,000 tokens, essay 003's 20x and 10x.
        block.ShouldContain("| total | 200,000 tokens | | $0.01 | 100.0% |".Replace("| |", "|  |", StringComparison.Ordinal));
        block.ShouldContain("| agentic (essay 003) | 1,000 | 100 | 10 |");
        block.ShouldContain("| yours | 1,000 | 50 | 20 |");
    }
}
