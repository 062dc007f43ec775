namespace InferCost.Cli.Tests;

/// <summary><c>simulate --trace FILE.jsonl</c>: a Mooncake trace's named blocks drive the prefix cache.</summary>
public class SimulatePrefixTraceTests
{
    // Three prompts of 2,000 tokens: the second and third share the first's first three blocks, seconds apart.
    private const string Trace =
        "{\"timestamp\": 0, \"input_length\": 2000, \"output_length\": 20, \"hash_ids\": [1, 2, 3, 4]}\n"
        + "{\"timestamp\": 5000, \"input_length\": 2000, \"output_length\": 20, \"hash_ids\": [1, 2, 3, 5]}\n"
        + "{\"timestamp\": 9000, \"input_length\": 2000, \"output_length\": 20, \"hash_ids\": [1, 2, 3, 6]}\n";

    [Fact]
    public void MooncakeTrace_ReportsThePromptTokensFoundByIdentity()
    {
        var path = Write(Trace);
        try
        {
            var run = CliRun.Of("simulate", "--tp", "2", "--trace", path, "--format", "markdown");

            run.ExitCode.ShouldBe(0, run.Error);
            run.Out.ShouldContain("| Prefix cache | by identity: the trace names each prompt's blocks of 512 tokens");
            // 2 x 1,536 of 6,000 prompt tokens.
            run.Out.ShouldContain("| Prompt tokens found in the prefix cache | 51.2% (3,072 of 6,000) |");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--prefix-hit", "0.5", "--prefix-hit: is a hit rate, but the trace names its prompts' blocks")]
    [InlineData("--kv-cache", "contiguous", "--kv-cache: is contiguous, but the trace's named prefix blocks are shared through a paged KV cache")]
    public void AHitRateOrContiguousKv_WithNamedBlocks_IsAnError(string flag, string value, string expected)
    {
        var path = Write(Trace);
        try
        {
            var run = CliRun.Of("simulate", "--tp", "2", "--trace", path, flag, value);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain(expected);
            run.ShouldHaveNoStackTrace();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ABadLine_IsNamed()
    {
        var path = Write("{\"timestamp\": 0, \"input_length\": 2000, \"output_length\": 20, \"hash_ids\": [1]}\n");
        try
        {
            var run = CliRun.Of("simulate", "--tp", "2", "--trace", path);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain("line 1: has 1 hash_ids for 2000 input tokens");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"infercost-mooncake-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, text);
        return path;
    }
}
