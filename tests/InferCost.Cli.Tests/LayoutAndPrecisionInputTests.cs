using System.Text.Json.Nodes;

namespace InferCost.Cli.Tests;

/// <summary>
/// Layouts, precisions and model configs that cannot work, tried on the command line as a user would: each is a usage
/// error (exit 2) that names the flag, says what was wrong and what is allowed, with no stack trace.
/// </summary>
public sealed class LayoutAndPrecisionInputTests
{
    [Fact]
    public void Estimate_TpThatDoesNotSplitTheHeads_ListsTheDegreesThatDo()
    {
        var run = CliRun.Of("estimate", "--gpus", "3", "--tp", "3");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--tp: is 3, but llama-3.1-70b has 64 query heads and 8 KV heads");
        run.Error.ShouldContain("allowed: 1, 2, 4, 8, 16, 32, 64");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Estimate_GpusNotAMultipleOfTp_NamesGpus()
    {
        var run = CliRun.Of("estimate", "--gpus", "6", "--tp", "4");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--gpus: must be a multiple of tp (4)");
    }

    [Theory]
    [InlineData("h200-sxm")]
    [InlineData("mi300x")]
    public void Estimate_Fp4KvWithoutFp4TensorCores_IsAnErrorOnKv(string gpu)
    {
        var run = CliRun.Of("estimate", "--gpu", gpu, "--kv", "fp4");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"--kv: fp4 is not supported for the KV cache on {gpu}");
        run.Error.ShouldContain("use fp8, bf16 or fp16");
    }

    [Fact]
    public void Estimate_Fp4KvOnBlackwell_Runs() =>
        CliRun.Of("estimate", "--gpu", "b200", "--kv", "fp4").ExitCode.ShouldBe(0);

    [Fact]
    public void Estimate_ConfigWithABillionLayers_IsRefusedAtParseWithTheRange()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "models", "meta-llama--Meta-Llama-3.1-8B.json")))!;
        config["num_hidden_layers"] = 1_000_000_000;
        using var file = new TempFile(".json", config.ToJsonString());

        var run = CliRun.Of("estimate", "--model", file.Path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("num_hidden_layers: must be a whole number from 1 to 1,000");
        run.ShouldHaveNoStackTrace();
    }
}
