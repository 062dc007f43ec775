namespace InferCost.Cli.Tests;

/// <summary>simulate --timeline-plot: one load's queue, batch and KV over time; never over a file without --force; one load only.</summary>
public class SimulateTimelinePlotTests
{
    private static string TempPng() => Path.Combine(Path.GetTempPath(), $"infercost-timeline-{Guid.NewGuid():N}.png");

    [Fact]
    public void TimelinePlot_OneLoad_WritesThePng_AndTheLoadPlotStillWorks()
    {
        var timeline = TempPng();
        var cdfs = TempPng();
        try
        {
            var run = CliRun.Of("simulate", "--tp", "8", "--rate", "8", "--requests", "300", "--timeline-plot", timeline, "--plot", cdfs);

            run.ExitCode.ShouldBe(0, run.Error);
            new FileInfo(timeline).Length.ShouldBeGreaterThan(10_000);
            new FileInfo(cdfs).Length.ShouldBeGreaterThan(10_000);
            File.ReadAllBytes(timeline).SequenceEqual(File.ReadAllBytes(cdfs)).ShouldBeFalse();
        }
        finally
        {
            File.Delete(timeline);
            File.Delete(cdfs);
        }
    }

    [Fact]
    public void TimelinePlot_ExistingFile_OnlyWithForce()
    {
        var path = TempPng();
        File.WriteAllText(path, "keep me");
        try
        {
            var refused = CliRun.Of("simulate", "--rate", "2", "--requests", "50", "--timeline-plot", path);
            refused.ExitCode.ShouldBe(2);
            refused.Error.ShouldContain("--timeline-plot");
            refused.Error.ShouldContain("--force");
            File.ReadAllText(path).ShouldBe("keep me");

            var forced = CliRun.Of("simulate", "--rate", "2", "--requests", "50", "--timeline-plot", path, "--force");
            forced.ExitCode.ShouldBe(0, forced.Error);
            new FileInfo(path).Length.ShouldBeGreaterThan(10_000);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new[] { "--rate", "2,4" }, "--timeline-plot: draws one run over time, but 2 loads are given")]
    [InlineData(new[] { "--concurrency", "4,8,16" }, "--timeline-plot: draws one run over time, but 3 loads are given")]
    public void TimelinePlot_BadUse_Exits2(string[] args, string expected)
    {
        var path = TempPng();
        var run = CliRun.Of(["simulate", "--requests", "50", .. args, "--timeline-plot", path]);

        run.ExitCode.ShouldBe(2);
        (run.Error + run.Out).ShouldContain(expected);
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public void TimelinePlot_NotAnImageName_Exits2BeforeSimulating()
    {
        var run = CliRun.Of("simulate", "--rate", "2", "--timeline-plot", "timeline.txt");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--timeline-plot: 'timeline.txt' must end in .png or .svg.");
    }
}
