using InferCost.Analysis;
using InferCost.Architecture;
using InferCost.Estimation;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Analysis;

public class RooflineAnalysisTests
{
    // H200 SXM datasheet figures, typed here rather than read from the catalog so that a catalog slip fails the test.
    private const double H200Fp8 = 1978.9e12;
    private const double H200Fp16 = 989.4e12;
    private const double H200Bandwidth = 4.8e12;

    private static ScenarioRoofline Of(Scenario s)
    {
        var r = RooflineAnalysis.Of(s);
        r.Succeeded.ShouldBeTrue(string.Join("; ", r.Errors));
        return r.Value;
    }

    private static Estimate Direct(Scenario s) => CostEstimator.Estimate(s).Value;

    [Fact]
    public void Of_H200_OneCeilingPerDenseRateWithRidgeAtPeakOverBandwidth()
    {
        var r = Of(TestScenarios.Of());

        r.Ceilings.Select(c => c.Precision).ShouldBe([Precision.Fp16, Precision.Bf16, Precision.Fp8]);
        var fp8 = r.Ceilings.Single(c => c.Precision == Precision.Fp8);
        fp8.Peak.Value.ShouldBe(H200Fp8);
        fp8.Bandwidth.Value.ShouldBe(H200Bandwidth);

        // 1,978.9 / 4.8 = 412.27 FLOP/byte: not essay 001's "~148" (ERRATA.md).
        fp8.RidgePoint.Value.ShouldBe(412.2708333, tolerance: 1e-6);
        r.Ceilings.Single(c => c.Precision == Precision.Fp16).RidgePoint.Value.ShouldBe(206.125, tolerance: 1e-9);
        r.Compute.ShouldBe(fp8);
    }

    [Fact]
    public void Of_DefaultScenario_DecodeIsTheEstimatesStepOnTheFp8Roofline()
    {
        var s = TestScenarios.Of();
        var r = Of(s);
        var e = Direct(s);

        var intensity = e.Decode.Flops.Value / e.Decode.Bytes.Value;
        r.Decode.Intensity.Value.ShouldBe(intensity, tolerance: 1e-12);
        r.Decode.Achieved.Value.ShouldBe(e.Decode.Flops.Value / e.Decode.StepTime.Value, tolerance: 1);

        // Batch 64 of 4K-token requests on Llama-3.1-70B at FP8: well below the ridge, so attainable = I x BW.
        intensity.ShouldBeLessThan(412.27);
        r.Decode.Attainable.Value.ShouldBe(intensity * H200Bandwidth, tolerance: 1);
        r.Decode.ShareOfPeak.ShouldBe(r.Decode.Achieved.Value / H200Fp8, tolerance: 1e-12);
        r.Decode.ShareOfAttainable.ShouldBe(r.Decode.Achieved.Value / (intensity * H200Bandwidth), tolerance: 1e-12);
        r.Decode.Bound.ShouldBe(Bound.Memory);
        r.DecodeGap.ShouldBe(H200Fp8 / H200Bandwidth / intensity, tolerance: 1e-9);
    }

    [Fact]
    public void Of_DefaultScenario_PrefillIsComputeBoundAndCappedAtPeak()
    {
        var s = TestScenarios.Of();
        var r = Of(s);
        var e = Direct(s);

        r.Prefill.Intensity.Value.ShouldBe(e.Prefill.Flops.Value / e.Prefill.Bytes.Value, tolerance: 1e-9);
        r.Prefill.Intensity.Value.ShouldBeGreaterThan(412.28);
        r.Prefill.Attainable.Value.ShouldBe(H200Fp8);
        r.Prefill.Achieved.Value.ShouldBe(e.Prefill.Flops.Value / e.Prefill.Time.Value, tolerance: 1);
        r.Prefill.Bound.ShouldBe(Bound.Compute);
        r.Prefill.ShareOfPeak.ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public void Of_SingleRequestAtFp16_SitsTwoOrdersOfMagnitudeBelowTheFp16Ridge()
    {
        var r = Of(TestScenarios.Of(weights: Precision.Fp16, kv: Precision.Fp16, tp: 2, batch: BatchSize.Of(1)));

        r.Compute.Precision.ShouldBe(Precision.Fp16);
        r.Compute.Peak.Value.ShouldBe(H200Fp16);

        // One token per step: ~2 FLOPs per weight of 2 bytes, so about 1 FLOP/byte (essay 001: 1.64 at FP8).
        r.Decode.Intensity.Value.ShouldBeInRange(0.9, 1.1);
        r.DecodeGap.ShouldBe(206.125 / r.Decode.Intensity.Value, tolerance: 1e-9);
        r.DecodeGap.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Of_Fp4WeightsOnHopper_UseTheFp8RooflineBecauseThereAreNoFp4TensorCores()
    {
        var r = Of(TestScenarios.Of(weights: Precision.Fp4));

        r.Ceilings.ShouldNotContain(c => c.Precision == Precision.Fp4);
        r.Compute.Precision.ShouldBe(Precision.Fp8);
    }

    [Fact]
    public void Of_Blackwell_HasAnFp4CeilingWithItsOwnRidge()
    {
        var r = Of(TestScenarios.Of(gpu: "b200", weights: Precision.Fp4));

        var fp4 = r.Ceilings.Single(c => c.Precision == Precision.Fp4);
        fp4.RidgePoint.Value.ShouldBe(9000.0 / 8, tolerance: 1e-9);
        r.Compute.ShouldBe(fp4);
    }

    [Fact]
    public void AttainableAt_IsTheMinimumOfPeakAndIntensityTimesBandwidth()
    {
        var c = RooflineCeiling.Of(Precision.Fp8, new FlopsPerSecond(H200Fp8), new BytesPerSecond(H200Bandwidth));

        c.AttainableAt(new FlopsPerByte(1.64)).Value.ShouldBe(1.64 * 4.8e12, tolerance: 1);
        c.AttainableAt(new FlopsPerByte(1000)).Value.ShouldBe(H200Fp8);
        c.BoundAt(new FlopsPerByte(412)).ShouldBe(Bound.Memory);
        c.BoundAt(new FlopsPerByte(413)).ShouldBe(Bound.Compute);
    }

    [Fact]
    public void Of_ScenarioThatDoesNotFit_FailsWithThePlannersReason()
    {
        var r = RooflineAnalysis.Of(TestScenarios.Of(gpu: "h100-sxm", weights: Precision.Fp16, kv: Precision.Fp16, batch: BatchSize.Of(1)));

        r.Succeeded.ShouldBeFalse();
        r.Errors.ShouldContain(e => e.Reason.Contains("not even one request fits", StringComparison.Ordinal));
    }
}
