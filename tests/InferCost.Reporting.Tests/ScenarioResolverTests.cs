using InferCost.Architecture;
using InferCost.Reporting.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Reporting.Tests;

/// <summary>Raw values to a scenario: the defaults, the rules between fields, and errors that point at the value given.</summary>
public class ScenarioResolverTests
{
    private static ScenarioInput Input(params (string Id, string Text)[] flags)
    {
        var input = new ScenarioInput(f => "--" + f.Id);
        foreach (var (id, text) in flags)
        {
            input.SetFromFlag(ScenarioFields.Find(id)!, new ScenarioValue(text, "--" + id));
        }

        return input;
    }

    [Fact]
    public void Resolve_NothingGiven_IsTheDefaultScenarioWithTheCatalogsSettings()
    {
        var catalog = TestCatalog.Calibrated;

        var s = ScenarioResolver.Resolve(Input(), catalog).Value;

        s.Model.Id.ShouldBe("llama-3.1-70b");
        s.Accelerator.Id.ShouldBe("h200-sxm");
        (s.Gpus, s.TensorParallel).ShouldBe((1, 1));
        (s.Weights, s.Kv).ShouldBe((Precision.Fp8, Precision.Fp8));
        s.Batch.ToString().ShouldBe("64");
        (s.InputTokens, s.OutputTokens).ShouldBe((4096, 512));
        s.Facility.ShouldBe(catalog.Defaults.Facility);
        s.Finance.ShouldBe(catalog.Defaults.FinanceFor(s.Accelerator));
        s.Finance.GpuPrice.ShouldBe(catalog.Accelerators["h200-sxm"].Price);
        s.RegionId.ShouldBeNull();
    }

    [Theory]
    [InlineData("fp16", Precision.Fp16)]
    [InlineData("bf16", Precision.Bf16)]
    [InlineData("fp4", Precision.Fp8)]
    public void Resolve_WeightsWithoutKv_KvFollowsTheDefaultRule(string weights, Precision kv) =>
        ScenarioResolver.Resolve(Input(("weights", weights)), TestCatalog.Calibrated).Value.Kv.ShouldBe(kv);

    [Fact]
    public void Resolve_Stack_ItsDefaultsFlowIn_AndAGivenKvOverridesItsKvDefault()
    {
        // vLLM's kv_cache_dtype 'auto' keeps FP8 weights' cache in BF16; its request cap is 1,024.
        var vllm = ScenarioResolver.Resolve(Input(("stack", "vllm")), TestCatalog.Calibrated).Value;
        var fp8Cache = ScenarioResolver.Resolve(Input(("stack", "vllm"), ("kv", "fp8")), TestCatalog.Calibrated).Value;

        vllm.Stack.Id.ShouldBe("vllm");
        (vllm.Weights, vllm.Kv).ShouldBe((Precision.Fp8, Precision.Bf16));
        vllm.Serving.MaxRunningRequests.ShouldBe(1024);
        fp8Cache.Kv.ShouldBe(Precision.Fp8);
        ScenarioResolver.Resolve(Input(), TestCatalog.Calibrated).Value.Stack.Id.ShouldBe("trtllm");
    }

    [Theory]
    [InlineData("tp", "4", 4, 4)]
    [InlineData("gpus", "4", 4, 4)]
    public void Resolve_GpusOrTpAlone_TheOtherFollows(string id, string text, int gpus, int tp)
    {
        var s = ScenarioResolver.Resolve(Input((id, text)), TestCatalog.Calibrated).Value;

        (s.Gpus, s.TensorParallel, s.Replicas).ShouldBe((gpus, tp, 1));
    }

    [Fact]
    public void Resolve_PowerPriceAndRegionFlags_ThePriceWinsAndTheRegionIsKept()
    {
        var s = ScenarioResolver.Resolve(Input(("region", "oregon"), ("power-price", "0.2")), TestCatalog.Calibrated).Value;

        s.Facility.PowerPrice.Value.ShouldBe(0.2);
        s.RegionId.ShouldBe("oregon");
    }

    [Fact]
    public void Resolve_PriceInFileRegionAsFlag_TheFlagsLayerWins()
    {
        var input = Input(("region", "oregon"));
        input.SetFromFile(ScenarioFields.PowerPrice, new ScenarioValue("0.2", "s.yaml: powerPrice"));

        ScenarioResolver.Resolve(input, TestCatalog.Calibrated).Value.Facility.PowerPrice.Value.ShouldBe(0.045);
    }

    [Fact]
    public void Resolve_SeveralBadValues_ReportsEveryOneAtOnce()
    {
        var errors = ScenarioResolver.Resolve(Input(("batch", "0"), ("pue", "abc"), ("weights", "int3")), TestCatalog.Calibrated).Errors;

        errors.Select(e => e.ToString()).ShouldBe(
        [
            "--weights: 'int3' is not a precision; use one of fp16, bf16, fp8, fp4.",
            "--batch: '0' is not allowed; the batch (or 'max') must be a whole number from 1 to 1000000.",
            "--pue: 'abc' is not a number; pue takes a number from 1 to 3.",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Resolve_FileValueOutOfRange_PointsAtTheFileKey()
    {
        var input = Input();
        input.SetFromFile(ScenarioFields.Utilisation, new ScenarioValue("2", "s.yaml: utilisation"));

        var error = ScenarioResolver.Resolve(input, TestCatalog.Calibrated).Errors.Single();

        error.ToString().ShouldStartWith("s.yaml: utilisation: must be from 0.01 to 1 (");
    }

    [Theory]
    [InlineData(false, "input: input + output = ")]
    [InlineData(true, "--input: input + output = ")]
    public void Resolve_EngineErrorOnAFieldNotGiven_IsNamedInTheFacesSpelling(bool flags, string expected)
    {
        // The context check blames input, which was not given: a JSON API (no spelling) hears its canonical id, the CLI its flag.
        var input = flags ? new ScenarioInput(f => "--" + f.Id) : new ScenarioInput();
        input.SetFromFlag(ScenarioFields.Output, new ScenarioValue("200k", "output"));

        ScenarioResolver.Resolve(input, TestCatalog.Calibrated).Errors.Single().ToString().ShouldStartWith(expected);
    }
}
