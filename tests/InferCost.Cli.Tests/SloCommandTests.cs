namespace InferCost.Cli.Tests;

/// <summary><c>infercost slo</c>: the search, the cost there and the TTFT tax; errors.</summary>
public class SloCommandTests
{
    [Fact]
    public void Slo_ReportsTheRateTheCostAndTheTax()
    {
        var run = CliRun.Of("slo", "--tp", "8", "--slo", "ttft_p90=1s,tpot_p99=100ms", "--requests", "600");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Highest rate within the service level");
        run.Out.ShouldContain("$/1M output tokens");
        run.Out.ShouldContain("TTFT tax");
        run.ShouldHaveNoStackTrace();
    }

    [Theory]
    [InlineData(new string[0], "slo: needs the service level")]
    [InlineData(new[] { "--slo", "ttft_p90=2" }, "--slo: 'ttft_p90=2' is not a latency objective")]
    [InlineData(new[] { "--slo", "ttft_p90=2s", "--rate", "3" }, "--rate")]
    public void Slo_BadInput_Exits2(string[] args, string expected)
    {
        var run = CliRun.Of(["slo", .. args]);

        run.ExitCode.ShouldBe(2);
        (run.Error + run.Out).ShouldContain(expected);
    }
}
