using System.Text.Json.Nodes;

namespace InferCost.Cli.Tests;

/// <summary><c>infercost simulate</c>: its report, JSON, records, charts and errors.</summary>
public class SimulateCommandTests
{
    [Fact]
    public void Simulate_OneRate_ReportsLatencyThroughputAndTheScheduler()
    {
        var run = CliRun.Of("simulate", "--tp", "8", "--rate", "10", "--lengths-from", "azure-conv", "--requests", "500");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("open loop: 10 requests/s, Poisson arrivals");
        run.Out.ShouldContain("paged, blocks of 16 tokens");
        run.Out.ShouldContain("Requests finished (per replica)");
        run.Out.ShouldContain("TTFT");
        run.Out.ShouldContain("Patel et al.");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Simulate_Json_ServedRateTracksTheOfferedRateBelowCapacity()
    {
        var run = CliRun.Of("simulate", "--tp", "8", "--rate", "2,5", "--lengths-from", "azure-conv", "--requests", "400", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        var table = JsonNode.Parse(run.Out)!["tables"]!.AsArray().Single(t => t!["title"]!.GetValue<string>() == "By offered load")!;
        var rows = table["rows"]!.AsArray();
        rows.Count.ShouldBe(2);
        foreach (var row in rows)
        {
            var offered = row!["Offered requests/s"]!["value"]!.GetValue<double>();
            // 400 requests at a load the deployment keeps up with: served over the whole run (with the drain) near offered.
            row["Served requests/s"]!["value"]!.GetValue<double>().ShouldBeInRange(0.8 * offered, 1.05 * offered);
        }

        run.Out.ShouldNotContain("NaN");
    }

    [Fact]
    public void Simulate_SameSeed_SameReport_OtherSeed_Differs()
    {
        string[] args = ["simulate", "--tp", "4", "--rate", "6", "--input-lengths", "lognormal:1000:0.8", "--output-lengths", "uniform:50..400", "--requests", "300"];

        var a = CliRun.Of(args);
        var b = CliRun.Of(args);
        var c = CliRun.Of([.. args, "--seed", "2"]);

        a.ExitCode.ShouldBe(0, a.Error);
        a.Out.ShouldBe(b.Out);
        c.Out.ShouldNotBe(a.Out);
    }

    [Fact]
    public void Simulate_Records_OneRowPerRequest_AndNeverOverwritesWithoutForce()
    {
        var path = Path.Combine(Path.GetTempPath(), $"infercost-records-{Guid.NewGuid():N}.csv");
        try
        {
            var run = CliRun.Of("simulate", "--tp", "4", "--concurrency", "8", "--requests", "120", "--records", path);
            run.ExitCode.ShouldBe(0, run.Error);
            var lines = File.ReadAllLines(path);
            lines[0].ShouldStartWith("load,request,arrival_s,input_tokens,output_tokens");
            lines.Length.ShouldBe(121);

            var again = CliRun.Of("simulate", "--tp", "4", "--concurrency", "8", "--requests", "120", "--records", path);
            again.ExitCode.ShouldBe(2);
            again.Error.ShouldContain("exists; add --force");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Simulate_Trace_ReplaysEveryRequestAsked()
    {
        var run = CliRun.Of("simulate", "--tp", "8", "--trace", "azure-conv", "--requests", "1000", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        var results = JsonNode.Parse(run.Out)!["sections"]!["Results"]!;
        results["Requests finished (per replica)"]!["value"]!.GetValue<double>().ShouldBe(1000);
    }

    [Fact]
    public void Simulate_Plot_WritesTheChart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"infercost-sim-{Guid.NewGuid():N}.png");
        try
        {
            var run = CliRun.Of("simulate", "--tp", "8", "--rate", "4,8", "--requests", "200", "--plot", path);
            run.ExitCode.ShouldBe(0, run.Error);
            new FileInfo(path).Length.ShouldBeGreaterThan(10_000);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new string[0], "needs a load")]
    [InlineData(new[] { "--rate", "0" }, "--rate: '0' is not allowed")]
    [InlineData(new[] { "--rate", "2", "--concurrency", "4" }, "takes one load")]
    [InlineData(new[] { "--trace", "nope" }, "--trace: file 'nope' does not exist")]
    [InlineData(new[] { "--rate", "2", "--slo", "ttft=2" }, "--slo: 'ttft=2' is not a latency objective")]
    [InlineData(new[] { "--rate", "2", "--input-lengths", "uniform:10..5" }, "--input-lengths")]
    [InlineData(new[] { "--rate", "2", "--batching", "dynamic" }, "--batching: 'dynamic' is not allowed; use continuous or static")]
    [InlineData(new[] { "--concurrency", "4", "--disaggregate", "1P1D" }, "--disaggregate: is simulated at a request rate or a trace, not at a concurrency")]
    [InlineData(new[] { "--concurrency", "4", "--burstiness", "2" }, "--burstiness: shapes the gaps of arrivals drawn at a rate")]
    [InlineData(new[] { "--concurrency", "3", "--tp", "1", "--gpus", "2" }, "does not split evenly over the scenario's 2 replicas")]
    [InlineData(new[] { "--rate", "2", "--records", "/nonexistent-folder/x.csv" }, "--records: folder")]
    [InlineData(new[] { "--rate", "2", "--prefix-hit", "1" }, "--prefix-hit: '1' is not allowed; the share of each prompt found in the prefix cache must be from 0 to 0.99")]
    public void Simulate_BadInput_NamesTheOptionAndExits2(string[] args, string expected)
    {
        var run = CliRun.Of(["simulate", .. args]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Simulate_BadTrace_NamesTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"infercost-trace-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.6805900,374,44\n2023-11-16 18:15:45.0000000,396,-3\n");
        try
        {
            var run = CliRun.Of("simulate", "--trace", path);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain("line 3");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
