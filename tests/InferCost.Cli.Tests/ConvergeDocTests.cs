namespace InferCost.Cli.Tests;

/// <summary>docs/analyses/converge.md's worked example is what the command prints.</summary>
public class ConvergeDocTests
{
    [Fact]
    public void Doc_WorkedExample_TablesMatchTheCommand()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "analyses", "converge.md"));
        doc.ShouldContain("infercost converge --floor 0.015..0.025 --format markdown --plot converge.png");
        var run = CliRun.Of("converge", "--floor", "0.015..0.025", "--format", "markdown");
        run.ExitCode.ShouldBe(0, run.Error);
        var rows = doc.Split('\n').Where(l => l.StartsWith("| frontier |", StringComparison.Ordinal) || l.StartsWith("| commodity |", StringComparison.Ordinal)).ToList();
        rows.Count.ShouldBe(4);
        foreach (var row in rows)
        {
            run.Out.ShouldContain(row);
        }
    }
}
