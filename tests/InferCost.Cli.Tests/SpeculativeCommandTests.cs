using System.Text.Json.Nodes;

namespace InferCost.Cli.Tests;

/// <summary><c>--speculative</c> on the command line: the scenario echo, the price it changes, and its errors.</summary>
public class SpeculativeCommandTests
{
    private static readonly string[] DeepSeek = ["estimate", "--model", "deepseek-v3", "--tp", "8", "--format", "json"];

    [Fact]
    public void Estimate_Mtp_EchoesTheFields_AndLowersTheCostByTheIterationOverTau()
    {
        var plain = JsonNode.Parse(CliRun.Of(DeepSeek).Out)!;
        var run = CliRun.Of([.. DeepSeek, "--speculative", "mtp"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var spec = JsonNode.Parse(run.Out)!;
        spec["scenario"]!["speculative"]!.GetValue<string>().ShouldBe("mtp");
        spec["scenario"]!["draftTokens"]!.GetValue<int>().ShouldBe(1);
        spec["scenario"]!["acceptance"]!.GetValue<double>().ShouldBe(0.85);
        plain["scenario"]!["speculative"].ShouldBeNull();
        var tpot = spec["latency"]!["timePerOutputTokenSeconds"]!.GetValue<double>();
        tpot.ShouldBeLessThan(plain["latency"]!["timePerOutputTokenSeconds"]!.GetValue<double>());
        spec["cost"]!["usdPerMillionOutputTokens"]!.GetValue<double>().ShouldBeLessThan(plain["cost"]!["usdPerMillionOutputTokens"]!.GetValue<double>());
    }

    [Theory]
    [InlineData(new[] { "estimate", "--draft-tokens", "3" }, "--draft-tokens: applies to speculative decoding, but --speculative is not set")]
    [InlineData(new[] { "estimate", "--acceptance", "0.7" }, "--acceptance: applies to speculative decoding, but --speculative is not set")]
    [InlineData(new[] { "estimate", "--speculative", "mtp" }, "--speculative: is mtp, but llama-3.1-70b's config declares no multi-token-prediction module")]
    [InlineData(new[] { "estimate", "--speculative", "llama-3.1-8b" }, "--acceptance: is needed with a draft model")]
    [InlineData(new[] { "estimate", "--speculative", "qwen3-8b", "--acceptance", "0.7" }, "--speculative: has a vocabulary of 151,936 tokens")]
    [InlineData(new[] { "estimate", "--speculative", "llama-3.1-8b", "--acceptance", "1.5" }, "--acceptance: must be from 0 to 1")]
    [InlineData(new[] { "estimate", "--model", "deepseek-v3", "--tp", "8", "--gpus", "16", "--pp", "2", "--speculative", "mtp" }, "--speculative: with pp 2 is not modelled")]
    public void BadSpeculation_IsAOneLineErrorNamingTheFlag(string[] args, string expected)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Simulate_WithADraftModel_TokensComeInChunks()
    {
        var run = CliRun.Of("simulate", "--tp", "8", "--speculative", "llama-3.1-8b", "--acceptance", "0.7", "--draft-tokens", "3",
            "--concurrency", "4", "--requests", "40", "--input", "512", "--output", "128", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("draft model llama-3.1-8b: k = 3 drafted");
        var latency = JsonNode.Parse(run.Out)!["tables"]!.AsArray().Single(t => t!["title"]!.GetValue<string>() == "Latency")!["rows"]!.AsArray();
        double Mean(string name) => latency.Single(r => r!["Latency"]!.GetValue<string>() == name)!["Mean"]!["value"]!.GetValue<double>();
        long Count(string name) => latency.Single(r => r!["Latency"]!.GetValue<string>() == name)!["Values"]!["value"]!.GetValue<long>();
        // τ = 1 + 0.7 + 0.49 + 0.343 = 2.533 tokens per pass: fewer gaps than the 40 x 127 decode tokens, each longer than a token's time.
        Count("ITL").ShouldBeLessThan(40 * 127 / 2);
        Mean("ITL").ShouldBeGreaterThan(2 * Mean("TPOT"));
    }
}
