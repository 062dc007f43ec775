using InferCost.Architecture;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Sweeps;
using InferCost.Tests.Support;

namespace InferCost.Tests.Scenarios;

/// <summary>The table of scenario fields: its derived names, its ranges as the validator applies them, and its kernel setters.</summary>
public class ScenarioFieldTableTests
{
    [Fact]
    public void All_Ids_AreTodaysFlagNamesInHelpOrder()
    {
        ScenarioFields.All.Select(f => f.Id).ShouldBe(
        [
            "model", "gpu", "gpus", "tp", "pp", "ep", "attention-dp", "dp", "expert-skew", "redundant-experts", "stack", "weights", "kv", "batch", "input", "output", "region", "power-price", "pue", "utilisation",
            "capex", "rack-overhead", "life-years", "offload-tb", "storage-power", "network-capex", "nic-power", "labour-share",
            "gpu-hour-price",
            "disaggregate", "kv-link",
            "fabric",
            "offload", "offload-dram-gb", "nvme-drives", "speculative", "draft-tokens", "acceptance",
        ]);
    }

    [Theory]
    [InlineData("power-price", "powerPrice")]
    [InlineData("life-years", "lifeYears")]
    [InlineData("offload-tb", "offloadTb")]
    [InlineData("labour-share", "labourShare")]
    [InlineData("pue", "pue")]
    public void YamlKey_IsTheIdInCamelCase(string id, string key) => ScenarioFields.Find(id)!.YamlKey.ShouldBe(key);

    [Fact]
    public void SampleStreamOrder_IsPinned_SoThatSeededResultsNeverMove()
    {
        // The order the seeded uncertainty golden was produced with; changing it changes every seeded result.
        ScenarioFields.SampleStreamOrder.Select(f => f.Id).ShouldBe(
        [
            "capex", "pue", "utilisation", "power-price", "life-years", "labour-share", "rack-overhead", "network-capex", "nic-power",
            "storage-power", "offload-tb", "batch", "input", "output",
        ]);
    }

    [Fact]
    public void SampleStreams_AreDistinct_AndOnlyOnFieldsTheKernelCanSet()
    {
        var sampleable = ScenarioFields.All.Where(f => f.IsSampleable).ToList();

        sampleable.Select(f => f.SampleStream).Distinct().Count().ShouldBe(sampleable.Count);
        sampleable.ShouldAllBe(f => f.Point != null && f.IsNumeric);
    }

    [Fact]
    public void EveryField_CanBeReadBack_AsTextOrAsANumber()
    {
        var s = TestScenarios.Of();

        ScenarioFields.All.Where(f => f.Text is null && f.Read is null).ShouldBeEmpty();
        ScenarioFields.All.Where(f => f.IsNumeric).ShouldAllBe(f => f.Read != null && f.Write != null);
        ScenarioFields.All.Where(f => !f.IsNumeric).ShouldAllBe(f => f.Text != null && f.Range == null);
        ScenarioFields.Model.Text!(s).ShouldBe("llama-3.1-70b");
        ScenarioFields.Kv.Text!(s).ShouldBe("fp8");
    }

    [Fact]
    public void Of_EveryPointField_HasExactlyOneEntryWithItsSetters()
    {
        foreach (var point in Enum.GetValues<PointField>())
        {
            var field = ScenarioFields.Of(point);
            field.Point.ShouldBe(point);
            field.SetPoint.ShouldNotBeNull();
            field.Write.ShouldNotBeNull();
            field.Read.ShouldNotBeNull();
            field.ToQuantity.ShouldNotBeNull();
        }

        ScenarioFields.All.Count(f => f.Point is not null).ShouldBe(Enum.GetValues<PointField>().Length);
    }

    [Fact]
    public void EveryNumericField_HasARangeWithAReason_AndEveryRangeAdmitsTheDefaultScenario()
    {
        var s = TestScenarios.Of();
        foreach (var field in ScenarioFields.All.Where(f => f.IsNumeric))
        {
            field.Range.ShouldNotBeNull(field.Id);
            field.Range.Reason.ShouldNotBeNullOrWhiteSpace(field.Id);
            field.Range.Min.ShouldBeLessThan(field.Range.Max, field.Id);
            if (field.Read!(s) is { } value)
            {
                field.Check(value).ShouldBeNull(field.Id);
            }
        }
    }

    [Fact]
    public void WriteThenRead_RoundTripsEveryNumericField()
    {
        // With speculative decoding on, so that its draft length and acceptance have somewhere to be written.
        var plain = TestScenarios.Of();
        var s = plain with { Speculation = new Speculation(plain.Model, IsMtp: false, DraftTokens: 1, Acceptance: 0.5) };
        foreach (var field in ScenarioFields.All.Where(f => f.IsNumeric))
        {
            // The middle of the range, whole for counts; gpus and tp written together stay a valid pair.
            var value = field.IsWholeNumber ? 2 : (field.Range!.Min + field.Range.Max) / 2;
            field.Read!(field.Write!(s, value)).ShouldBe(value, field.Id);
        }
    }

    [Fact]
    public void SetPoint_MatchesWrite_OnEveryPointField()
    {
        var s = TestScenarios.Of();
        foreach (var field in ScenarioFields.All.Where(f => f.Point is not null))
        {
            var value = field.IsWholeNumber ? 8 : field.Range!.Max;
            var p = new PointInputs(new InferCost.Performance.ScenarioContext(s));
            field.SetPoint!(ref p, value);
            var expected = new PointInputs(new InferCost.Performance.ScenarioContext(field.Write!(s, value)));
            p.Batch.ShouldBe(expected.Batch, field.Id);
            p.InputTokens.ShouldBe(expected.InputTokens, field.Id);
            p.OutputTokens.ShouldBe(expected.OutputTokens, field.Id);
            p.Cost.ShouldBe(expected.Cost, field.Id);
        }
    }

    [Theory]
    [InlineData("capex", 1e308, "must be from 0 to 10,000,000 USD (one accelerator's price; today's dearest are under 100,000 USD), found 1E+308.")]
    [InlineData("utilisation", 1e-9, "must be from 0.01 to 1")]
    [InlineData("life-years", 0.0001, "must be from 0.25 to 20 years")]
    [InlineData("rack-overhead", 2e6, "must be from 0 to 1,000,000 USD")]
    [InlineData("network-capex", 2e6, "must be from 0 to 1,000,000 USD")]
    [InlineData("storage-power", 1e5, "must be from 0 to 10,000 W")]
    [InlineData("nic-power", 1e5, "must be from 0 to 10,000 W")]
    [InlineData("offload-tb", 1001, "must be from 0 to 1,000 TB")]
    [InlineData("labour-share", 5.5, "must be from 0 to 5")]
    [InlineData("pue", 0.99, "must be from 1 to 3")]
    [InlineData("power-price", -0.01, "must be from 0 to 10 USD/kWh")]
    public void Validate_ValueOutsideItsFieldsRange_NamesTheFieldByIdWithRangeAndReason(string id, double value, string expected)
    {
        var field = ScenarioFields.Find(id)!;

        var errors = ScenarioValidator.Validate(field.Write!(TestScenarios.Of(), value));

        errors.Single().Field.ShouldBe(id);
        errors.Single().Reason.ShouldContain(expected);
    }

    [Theory]
    [InlineData("capex", 0)]
    [InlineData("capex", 10_000_000)]
    [InlineData("utilisation", 0.01)]
    [InlineData("utilisation", 1)]
    [InlineData("life-years", 0.25)]
    [InlineData("life-years", 20)]
    public void Validate_RangeEnds_AreAllowed(string id, double value) =>
        ScenarioValidator.Validate(ScenarioFields.Find(id)!.Write!(TestScenarios.Of(), value)).ShouldBeEmpty();

    // TensorRT-LLM serves ModelOpt checkpoints whose quantisation covers the cache (FP8 with FP8/FP4 weights); vLLM and
    // SGLang default kv_cache_dtype to 'auto', the model's dtype: BF16 for quantised weights.
    [Theory]
    [InlineData("trtllm", Precision.Fp16, Precision.Fp16)]
    [InlineData("trtllm", Precision.Bf16, Precision.Bf16)]
    [InlineData("trtllm", Precision.Fp8, Precision.Fp8)]
    [InlineData("trtllm", Precision.Fp4, Precision.Fp8)]
    [InlineData("vllm", Precision.Fp16, Precision.Fp16)]
    [InlineData("vllm", Precision.Fp8, Precision.Bf16)]
    [InlineData("sglang", Precision.Fp4, Precision.Bf16)]
    public void DefaultKv_FollowsTheStacksRule(string stack, Precision weights, Precision kv) =>
        TestCatalog.Instance.Stacks[stack].DefaultKv(weights).ShouldBe(kv);
}
