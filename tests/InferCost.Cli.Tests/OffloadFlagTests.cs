namespace InferCost.Cli.Tests;

/// <summary>The offload flags: each bad value is a field error with exit code 2; a good one reaches the estimate's explanation.</summary>
public class OffloadFlagTests
{
    [Theory]
    [InlineData("--offload", "tape", "--offload: 'tape' is not an offload tier; use one of none, dram, nvme.")]
    [InlineData("--nvme-drives", "0", "--nvme-drives: '0' is not allowed; nvme-drives must be a whole number from 1 to 64.")]
    [InlineData("--offload-dram-gb", "-5", "--offload-dram-gb: must be from 0 to 100,000 GB")]
    public void Estimate_BadOffloadValue_ExitTwoWithTheField(string flag, string value, string expected)
    {
        var run = CliRun.Of("estimate", flag, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Estimate_DramOffloadBeyondHbm_ExplainsTheStreamAndPricesTheTier()
    {
        var run = CliRun.Of("estimate", "--input", "120k", "--output", "1k", "--batch", "8", "--offload", "dram", "--explain");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Offload bandwidth (host DRAM over PCIe Gen5 x16)");
        run.Out.ShouldContain("t_step = max(t_lin + t_attn, t_offload) + t_comm + t_overhead");
        run.Out.ShouldContain("KV offload tier");
    }
}
