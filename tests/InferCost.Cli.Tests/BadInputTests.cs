namespace InferCost.Cli.Tests;

/// <summary>Every kind of bad input gets a specific message and a non-zero exit code, never a stack trace.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("--model", "llama-3.1-70", "did you mean 'llama-3.1-70b'")]
    [InlineData("--gpu", "h200", "did you mean 'h200-sxm'")]
    [InlineData("--gpu", "extrapolated-gen-9", "--gpu: unknown accelerator 'extrapolated-gen-9'; the catalog extrapolates 3 generation(s), extrapolated-gen-1 to extrapolated-gen-3")]
    [InlineData("--region", "oregan", "did you mean 'oregon'")]
    [InlineData("--stack", "vlm", "--stack: unknown serving stack 'vlm'; did you mean 'vllm'?")]
    [InlineData("--stack", "nope", "--stack: unknown serving stack 'nope'; known: sglang, sglang-0.4, trtllm, trtllm-pytorch, vllm, vllm-v0.")]
    [InlineData("--batch", "0", "--batch: '0' is not allowed; the batch (or 'max') must be a whole number from 1")]
    [InlineData("--batch", "-4", "--batch: '-4' is not allowed")]
    [InlineData("--batch", "lots", "--batch: 'lots' is not allowed")]
    [InlineData("--input", "abc", "--input: 'abc' is not a token count")]
    [InlineData("--input", "1.5", "--input: '1.5' must be a whole number of tokens")]
    [InlineData("--output", "0", "--output: '0' must be a whole number of tokens from 1")]
    [InlineData("--pue", "NaN", "--pue: 'NaN' is not a number")]
    [InlineData("--pue", "0.8", "--pue: must be from 1 to 3 (facility power / IT power), found 0.8.")]
    [InlineData("--power-price", "Infinity", "--power-price: 'Infinity' is not a number")]
    [InlineData("--power-price", "-0.1", "--power-price: must be from 0 to 10 USD/kWh")]
    [InlineData("--utilisation", "0", "--utilisation: must be from 0.01 to 1 (a fraction of hours producing tokens")]
    [InlineData("--utilisation", "1.5", "--utilisation: must be from 0.01 to 1")]
    [InlineData("--capex", "-1", "--capex: must be from 0 to 10,000,000 USD")]
    [InlineData("--life-years", "0", "--life-years: must be from 0.25 to 20 years")]
    [InlineData("--weights", "int3", "--weights: 'int3' is not a precision; use one of fp16, bf16, fp8, fp4")]
    [InlineData("--ep", "2", "--ep: is 2, but llama-3.1-70b is a dense model with no routed experts to spread")]
    [InlineData("--pp", "0", "--pp: '0' is not allowed; pp must be a whole number from 1 to 1000.")]
    [InlineData("--pp", "81", "--pp: is 81, but llama-3.1-70b has 80 layers")]
    [InlineData("--expert-skew", "1.5", "--expert-skew: is 1.5, but ep is 1")]
    [InlineData("--gpus", "0", "--gpus: '0' is not allowed")]
    [InlineData("--nic-power", "-1", "--nic-power: must be from 0 to 10,000 W")]
    [InlineData("--offload-tb", "5000", "--offload-tb: must be from 0 to 1,000 TB")]
    [InlineData("--pue", "abc", "--pue: 'abc' is not a number; pue takes a number from 1 to 3.")]
    [InlineData("--capex", "1e308", "--capex: must be from 0 to 10,000,000 USD (one accelerator's price; today's dearest are under 100,000 USD), found 1E+308.")]
    [InlineData("--capex", "10000001", "--capex: must be from 0 to 10,000,000 USD")]
    [InlineData("--rack-overhead", "-5", "--rack-overhead: must be from 0 to 1,000,000 USD")]
    [InlineData("--rack-overhead", "1e7", "--rack-overhead: must be from 0 to 1,000,000 USD (server, rack and power gear cost thousands of USD per GPU), found 10,000,000.")]
    [InlineData("--network-capex", "1e7", "--network-capex: must be from 0 to 1,000,000 USD")]
    [InlineData("--network-capex", "-1", "--network-capex: must be from 0 to 1,000,000 USD")]
    [InlineData("--utilisation", "1e-9", "--utilisation: must be from 0.01 to 1 (a fraction of hours producing tokens; below 1% every cost is divided by almost nothing), found 1E-09.")]
    [InlineData("--life-years", "0.0001", "--life-years: must be from 0.25 to 20 years (under a quarter is not an investment; 20 years outlives any accelerator), found 0.0001.")]
    [InlineData("--life-years", "25", "--life-years: must be from 0.25 to 20 years")]
    [InlineData("--gpu-hour-price", "0", "--gpu-hour-price: must be from 0.01 to 1,000 USD/GPU-hour (rented accelerators list at about 1 to 15 USD per GPU-hour), found 0.")]
    [InlineData("--gpu-hour-price", "-2", "--gpu-hour-price: must be from 0.01 to 1,000 USD/GPU-hour")]
    [InlineData("--gpu-hour-price", "2$", "--gpu-hour-price: '2$' is not a number")]
    [InlineData("--storage-power", "20000", "--storage-power: must be from 0 to 10,000 W (drives draw tens of watts per GPU), found 20,000.")]
    [InlineData("--storage-power", "-1", "--storage-power: must be from 0 to 10,000 W")]
    [InlineData("--nic-power", "1e5", "--nic-power: must be from 0 to 10,000 W (NICs and switch ports draw tens of watts per GPU), found 100,000.")]
    [InlineData("--labour-share", "6", "--labour-share: must be from 0 to 5 (a share of infrastructure cost; operators report well under 1), found 6.")]
    [InlineData("--labour-share", "-0.1", "--labour-share: must be from 0 to 5")]
    [InlineData("--power-price", "11", "--power-price: must be from 0 to 10 USD/kWh (retail electricity costs well under 1 USD/kWh), found 11.")]
    [InlineData("--pue", "3.5", "--pue: must be from 1 to 3 (facility power / IT power), found 3.5.")]
    [InlineData("--gpus", "2000000", "--gpus: '2000000' is not allowed; gpus must be a whole number from 1 to 1000000.")]
    [InlineData("--tp", "200000", "--tp: '200000' is not allowed; tp must be a whole number from 1 to 100000.")]
    [InlineData("--batch", "2000000", "--batch: '2000000' is not allowed; the batch (or 'max') must be a whole number from 1 to 1000000.")]
    [InlineData("--input", "200m", "--input: '200m' must be a whole number of tokens from 1 to 100,000,000.")]
    [InlineData("--fabric", "ib-ndr", "--fabric: unknown fabric 'ib-ndr'; did you mean 'ib-ndr-400'")]
    [InlineData("--fabric", "nvlink5-nvl72", "--fabric: 'nvlink5-nvl72' is a scale-up fabric, which comes with its accelerator; fabric picks a scale-out fabric: cx9-1600, ethernet-200, ethernet-400, ethernet-800, gaudi3-ethernet-600, ib-hdr-200, ib-ndr-400, ib-xdr-800, tpu-dcn-100.")]
    public void Estimate_BadValue_SaysWhichFieldWhatWasWrongAndWhatIsAllowed(string flag, string value, string expected)
    {
        var run = CliRun.Of("estimate", flag, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(expected);
        run.Out.ShouldBeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Estimate_GpusNotAMultipleOfTp_IsAnError()
    {
        var run = CliRun.Of("estimate", "--gpus", "6", "--tp", "4");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--gpus: must be a multiple of tp (4)");
    }

    [Fact]
    public void Estimate_BatchThatDoesNotFit_SaysTheLargestThatDoes()
    {
        var run = CliRun.Of("estimate", "--batch", "500");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("batch 500 does not fit");
        run.Error.ShouldMatch("the largest batch that fits is [0-9]+");
    }

    [Fact]
    public void Estimate_BatchAboveTheSchedulerLimit_SaysSo()
    {
        var run = CliRun.Of("estimate", "--model", "llama-3.1-8b", "--input", "128", "--output", "128", "--batch", "5000");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("exceeds the serving stack's limit of 4096 requests in flight");
    }

    [Fact]
    public void Estimate_ModelTooLargeForOneGpu_SuggestsTensorParallelism()
    {
        var run = CliRun.Of("estimate", "--model", "llama-3.1-405b", "--gpu", "h100-sxm");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("not even one request fits");
    }

    [Fact]
    public void Estimate_SeveralBadValues_AreAllReported()
    {
        var run = CliRun.Of("estimate", "--pue", "0.5", "--input", "x", "--gpu", "zz9");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--input");
        run.Error.ShouldContain("--gpu");
    }

    [Fact]
    public void Estimate_MalformedConfigJson_NamesTheFileAndTheProblem()
    {
        using var config = new TempFile(".json", "{ \"hidden_size\": 4096, \"num_hidden_layers\": ");

        var run = CliRun.Of("estimate", "--model", config.Path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(config.Path);
        run.Error.ShouldContain("not valid JSON");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Estimate_ConfigMissingFields_ListsThem()
    {
        using var config = new TempFile(".json", "{ \"hidden_size\": 4096 }");

        var run = CliRun.Of("estimate", "--model", config.Path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("num_hidden_layers: is required");
        run.Error.ShouldContain("vocab_size: is required");
    }

    [Fact]
    public void Estimate_MissingConfigPath_IsAClearError()
    {
        var run = CliRun.Of("estimate", "--model", "./nope/config.json");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("there is no such file");
    }

    [Fact]
    public void Estimate_UnknownFormat_IsRejectedByTheParser()
    {
        var run = CliRun.Of("estimate", "--format", "xml");

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("xml");
    }
}
