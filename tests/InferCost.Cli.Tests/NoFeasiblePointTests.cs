namespace InferCost.Cli.Tests;

/// <summary>
/// When nothing can be served, the rows are still printed (each with its reason), standard error says so in one line,
/// the exit code is 0 (an answer, not a usage error), and no empty chart is drawn.
/// </summary>
public class NoFeasiblePointTests
{
    [Fact]
    public void Sweep_NothingFits_PrintsTheRowsSaysSoAndDrawsNoChart()
    {
        using var chart = new TempFile(".png");

        var run = CliRun.Of("sweep", "--model", "llama-3.1-405b", "--gpu", "h100-sxm", "--batch", "1,8", "--format", "csv", "--plot", chart.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
        run.Out.ShouldContain("nothing-fits");
        run.Error.ShouldContain("note: no point is feasible (2 nothing-fits); each row gives its reason.");
        run.Error.ShouldContain($"note: no chart drawn (no point is feasible); '{chart.Path}' was not written.");
        File.Exists(chart.Path).ShouldBeFalse();
    }

    [Fact]
    public void Sweep_SomeFeasible_SaysNothing()
    {
        var run = CliRun.Of("sweep", "--batch", "1,5000", "--format", "csv");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Context_NoContextServed_DrawsNoChart()
    {
        using var chart = new TempFile(".svg");

        var run = CliRun.Of("context", "--model", "llama-3.1-405b", "--gpu", "l40s", "--contexts", "2k,4k", "--format", "csv", "--plot", chart.Path);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("; not at any TP");
        run.Out.ShouldContain("no: not even one request fits: ");
        run.Error.ShouldContain($"note: no chart drawn (no context length can be served); '{chart.Path}' was not written.");
        File.Exists(chart.Path).ShouldBeFalse();
    }
}
