using System.Text.Json.Nodes;
using InferCost.Reporting.Rendering;
using InferCost.Units;

namespace InferCost.Cli.Tests;

/// <summary><c>estimate --disaggregate xPyD</c>: the disaggregated section, its JSON, its derivation and its errors.</summary>
public class DisaggregateCommandTests
{
    private static readonly string[] Scenario = ["estimate", "--tp", "2", "--disaggregate", "2P1D"];

    [Fact]
    public void Estimate_Disaggregate_PrintsPoolsTransferAndTheAggregatedComparison()
    {
        var run = CliRun.Of(Scenario);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Disaggregated 2P1D: KV transfer per request (scale-out)");
        run.Out.ShouldContain("Prefill pool: instances / GPUs");
        run.Out.ShouldContain("Disaggregated 2P1D against aggregated on 6 GPUs");
        run.Out.ShouldContain("on 6 x h200-sxm");
    }

    [Fact]
    public void Estimate_Disaggregate_Json_CostsAddUpToThePoolsPerRequest()
    {
        var run = CliRun.Of([.. Scenario, "--format", "json"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var d = JsonNode.Parse(run.Out)!["disaggregated"]!;
        d["spec"]!.GetValue<string>().ShouldBe("2P1D");
        d["kvLink"]!.GetValue<string>().ShouldBe("scale-out");
        d["prefillPool"]!["gpus"]!.GetValue<int>().ShouldBe(4);
        d["decodePool"]!["gpus"]!.GetValue<int>().ShouldBe(2);
        var r = d["systemRequestsPerSecond"]!.GetValue<double>();
        var perRequest = (d["prefillPool"]!["usdPerHour"]!.GetValue<double>() + d["decodePool"]!["usdPerHour"]!.GetValue<double>()) / 3600 / r;
        var priced = (d["usdPerMillionInputTokens"]!.GetValue<double>() * 4096 / 1e6) + (d["usdPerMillionOutputTokens"]!.GetValue<double>() * 512 / 1e6);
        priced.ShouldBe(perRequest, tolerance: 1e-9 * perRequest);
        d["aggregated"]!["gpus"]!.GetValue<int>().ShouldBe(6);
    }

    [Fact]
    public void Estimate_Disaggregate_Explain_ShowsEachTransferStep()
    {
        var run = CliRun.Of([.. Scenario, "--explain"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("## Disaggregated prefill/decode: KV transfer");
        run.Out.ShouldContain("**KV transfer time**: `t_kv = KV_gpu / (B_link x efficiency) + latency");
        run.Out.ShouldContain("**KV transfer energy per request**");
        run.Out.ShouldContain("**Disaggregated: $/1M output tokens**");
    }

    [Fact]
    public void Estimate_ScenarioFileBlock_IsTheSameAsTheFlags()
    {
        using var file = new TempFile(".yaml", "tp: 2\ndisaggregate: { prefill: 2, decode: 1, link: scale-up }\n");
        var fromFile = CliRun.Of("estimate", "--scenario", file.Path, "--format", "json");
        var fromFlags = CliRun.Of([.. Scenario, "--kv-link", "scale-up", "--format", "json"]);

        fromFile.ExitCode.ShouldBe(0, fromFile.Error);
        var a = JsonNode.Parse(fromFile.Out)!["disaggregated"]!;
        var b = JsonNode.Parse(fromFlags.Out)!["disaggregated"]!;
        a["kvLink"]!.GetValue<string>().ShouldBe("scale-up");
        a.ToJsonString().ShouldBe(b.ToJsonString());
    }

    [Theory]
    [InlineData("--disaggregate", "2x1", "--disaggregate: '2x1' is not a disaggregation; write xPyD")]
    [InlineData("--disaggregate", "0P1D", "--disaggregate: the prefill pool must have from 1 to 1,024 instances")]
    [InlineData("--disaggregate", "2P0D", "--disaggregate: the decode pool must have from 1 to 1,024 instances")]
    [InlineData("--disaggregate", "5000P1D", "--disaggregate: the prefill pool must have from 1 to 1,024 instances")]
    [InlineData("--kv-link", "infiniband", "--kv-link: 'infiniband' is not a KV link; use scale-out")]
    [InlineData("--kv-link", "-3", "--kv-link: a bandwidth must be from 0.1 to 10,000 GB/s per GPU")]
    public void Estimate_BadDisaggregation_ExitCode2WithTheField(string flag, string value, string expected)
    {
        var args = flag == "--disaggregate" ? new[] { "estimate", flag, value } : ["estimate", "--disaggregate", "1P1D", flag, value];

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Estimate_KvLinkWithoutDisaggregate_IsAnError()
    {
        var run = CliRun.Of("estimate", "--kv-link", "scale-up");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--kv-link: sets the link of a disaggregated deployment's KV transfer, but --disaggregate is not set");
    }

    [Fact]
    public void Estimate_ScaleUpBeyondTheDomain_NamesTheLink()
    {
        var run = CliRun.Of("estimate", "--tp", "2", "--disaggregate", "3P2D", "--kv-link", "scale-up");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--kv-link: is scale-up, but 3P2D of 2 GPUs per instance is 10 GPUs and h200-sxm connects at most 8");
    }

    [Fact]
    public void Estimate_GpusForAnotherReplicaCount_IsAnError()
    {
        var run = CliRun.Of("estimate", "--tp", "2", "--gpus", "4", "--disaggregate", "2P1D");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--gpus: is 4 (2 replicas of 2 GPUs), but 2P1D needs 3 instances of 2 GPUs = 6 GPUs");
    }

    [Fact]
    public void Estimate_OneOutputToken_IsAnError()
    {
        var run = CliRun.Of("estimate", "--disaggregate", "1P1D", "--output", "1");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--output: is 1, but 1P1D needs at least 2: the prefill makes the first token");
    }

    // The headline $/1M output of estimate's JSON, as every report prints it.
    private static string OutputPrice(params string[] scenario)
    {
        var run = CliRun.Of(["estimate", .. scenario, "--format", "json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        var value = JsonNode.Parse(run.Out)!["cost"]!["usdPerMillionOutputTokens"]!.GetValue<double>();
        return QuantityFormatter.Format(new Quantity(value, Unit.DollarsPerMillionTokens));
    }

    // estimate prices tp 2, 2P1D by its decode pool's GPUs over the system rate's output, a figure different from the
    // aggregated deployment's on the same 6 GPUs: every command built on the estimate must show the former.
    [Theory]
    [InlineData("estimate")]
    [InlineData("regions")]
    [InlineData("levers")]
    [InlineData("task")]
    [InlineData("floor")]
    [InlineData("margin", "--list-price", "0.9")]
    [InlineData("sweep", "--batch", "8,64")]
    [InlineData("uncertainty", "--pue", "1.12..1.12000001")]
    public void EveryCommand_Disaggregate_PricesThePools(string command, params string[] more)
    {
        var pools = OutputPrice("--tp", "2", "--disaggregate", "2P1D");
        var oneCluster = OutputPrice("--tp", "2", "--gpus", "6");
        pools.ShouldNotBe(oneCluster);

        var run = CliRun.Of([command, "--tp", "2", "--disaggregate", "2P1D", .. more]);
        var aggregated = CliRun.Of([command, "--tp", "2", "--gpus", "6", .. more]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain(pools);
        aggregated.ExitCode.ShouldBe(0, aggregated.Error);
        aggregated.Out.ShouldContain(oneCluster);
        run.Out.ShouldNotBe(aggregated.Out);
    }

    [Fact]
    public void Sweep_Disaggregate_IsAStructuralAxis_WithGpusFollowingTheInstances()
    {
        var run = CliRun.Of("sweep", "--tp", "2", "--disaggregate", "none,2P1D", "--format", "csv");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("none");
        run.Out.ShouldContain("2P1D");
        var estimate = CliRun.Of("estimate", "--tp", "2", "--disaggregate", "2P1D", "--format", "json");
        var pools = JsonNode.Parse(estimate.Out)!["cost"]!["usdPerMillionOutputTokens"]!.GetValue<double>();
        var lines = run.Out.Split('\n');
        var column = Array.IndexOf(lines[0].Trim().Split(','), "usd_per_1m_output");
        var row = lines.Single(l => l.StartsWith("2P1D,", StringComparison.Ordinal)).Split(',');
        double.Parse(row[column], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(pools, tolerance: 1e-12);
        lines.ShouldContain(l => l.StartsWith("none,ok", StringComparison.Ordinal));
    }

    [Fact]
    public void Sweep_BadDisaggregation_IsNamedBeforeAnyPoint()
    {
        var run = CliRun.Of("sweep", "--disaggregate", "2P1D,2X1D");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--disaggregate");
        run.Error.ShouldContain("2X1D");
    }

    [Fact]
    public void Layouts_Disaggregate_LaysOutEachInstance()
    {
        var run = CliRun.Of("layouts", "--model", "llama-3.1-70b", "--deployments", "h200-sxm:2", "--disaggregate", "2P1D", "--batch", "64");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("2 x h200-sxm per instance, 2P1D");
        run.Out.ShouldContain(OutputPrice("--tp", "2", "--batch", "64", "--disaggregate", "2P1D"));
    }

    [Fact]
    public void Context_Disaggregate_PricesThePoolsAtEachContext()
    {
        var run = CliRun.Of("context", "--tp", "2", "--disaggregate", "2P1D", "--format", "csv");

        run.ExitCode.ShouldBe(0, run.Error);
        // The 4K row's $/1M output is the pools' (estimate's JSON), not the aggregated deployment's.
        var estimate = CliRun.Of("estimate", "--tp", "2", "--disaggregate", "2P1D", "--format", "json");
        var pools = JsonNode.Parse(estimate.Out)!["cost"]!["usdPerMillionOutputTokens"]!.GetValue<double>();
        var row = run.Out.Split('\n').Single(l => l.StartsWith("4096,", StringComparison.Ordinal)).Split(',');
        double.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(pools, tolerance: 1e-12);
    }

    [Theory]
    [InlineData("disaggregate: { prefill: 2, decoders: 1 }\n", "disaggregate: has 'decoders' (line 1); the block takes prefill, decode")]
    [InlineData("disaggregate: { prefill: 2 }\n", "disaggregate: needs both prefill and decode")]
    [InlineData("disaggregate: { prefill: 0, decode: 1 }\n", "disaggregate: the prefill pool must have from 1 to 1,024 instances")]
    [InlineData("disaggregate: { prefill: 1, decode: 1, link: pcie }\n", "disaggregate.link: 'pcie' is not a KV link")]
    public void Estimate_BadScenarioFileBlock_NamesTheKey(string yaml, string expected)
    {
        using var file = new TempFile(".yaml", yaml);

        var run = CliRun.Of("estimate", "--scenario", file.Path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
    }
}
