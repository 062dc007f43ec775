using System.Text.RegularExpressions;

namespace InferCost.Cli.Tests;

/// <summary>docs/cost-model.md's network worked example is the tool's real `--explain` output (step numbers aside).</summary>
public partial class CostModelNetworkDocTests
{
    private const string Start = "<!-- network-example:start -->";
    private const string End = "<!-- network-example:end -->";

    [Fact]
    public void NetworkWorkedExample_MatchesTheToolsExplain()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "cost-model.md"));
        var from = text.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var to = text.IndexOf(End, StringComparison.Ordinal);
        var documented = text[from..to].Trim().ReplaceLineEndings("\n").Split('\n');
        documented.Length.ShouldBeGreaterThan(30);

        var run = CliRun.Of("estimate", "--tp", "8", "--explain", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        // Step numbers move whenever a step is added elsewhere; the example pins the steps' content.
        var output = run.Out.ReplaceLineEndings("\n").Split('\n').Select(l => StepNumber().Replace(l, "")).ToHashSet(StringComparer.Ordinal);
        foreach (var line in documented)
        {
            output.ShouldContain(line, "docs/cost-model.md's network example is stale: copy the steps from `infercost estimate --tp 8 --explain --format markdown`.");
        }
    }

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex StepNumber();
}
