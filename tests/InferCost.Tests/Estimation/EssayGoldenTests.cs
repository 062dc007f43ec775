using InferCost.Architecture;
using InferCost.Economics;
using InferCost.Performance;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Estimation;

/// <summary>
/// The essay arithmetic that holds (the essays' ERRATA.md), reproduced through the engine's own functions
/// with the essay's inputs stated here. The essays' broken totals are deliberately absent.
/// </summary>
public class EssayGoldenTests
{
    // Essay 001 sections 2-3: 70 GB FP8 weights + 2.2 GB KV at 2K context, 989 TFLOP/s, 3.35 TB/s.
    private static readonly Bytes EssayStepBytes = Bytes.FromGigabytes(72.2);
    private static readonly FlopsPerSecond EssayCompute = FlopsPerSecond.FromTeraflops(989);
    private static readonly BytesPerSecond EssayBandwidth = BytesPerSecond.FromTerabytesPerSecond(3.35);

    [Fact]
    public void LinearFlops_EssayShape_Is118Point11Gflop()
    {
        var p = new ModelProfile(EssayModel.Architecture).Parameters;

        // 2 x L x (4d^2 + 2 d d_ff) = 2 x 80 x (268,435,456 + 469,762,048) = 118,111,600,640.
        (2 * p.ActiveMatmul).ShouldBe(118_111_600_640, tolerance: 118_111_600_640 * 1e-6);
    }

    [Fact]
    public void ArithmeticIntensity_EssayStep_Is1Point64()
    {
        var intensity = Flops.FromGiga(118.1) / EssayStepBytes;

        Math.Round(intensity.Value, 2).ShouldBe(1.64);
    }

    [Fact]
    public void MemoryTime_72Point2GbAt3Point35TBps_Is21Point55Ms()
    {
        var t = Roofline.MemoryTime(EssayStepBytes, EssayBandwidth);

        (t.Value * 1e3).ShouldBe(21.55, tolerance: 0.005);
    }

    [Fact]
    public void ComputeTime_118Point1GflopAt989Tflops_Is0Point119Ms()
    {
        var t = Roofline.ComputeTime(Flops.FromGiga(118.1), EssayCompute);

        (t.Value * 1e3).ShouldBe(0.119, tolerance: 0.0005);
    }

    [Fact]
    public void RidgePoint_989TflopsOver3Point35TBps_Is295NotThe148OfEssay001()
    {
        var ridge = Roofline.RidgePoint(EssayCompute, EssayBandwidth);

        ridge.Value.ShouldBe(295.2, tolerance: 0.05);
    }

    [Fact]
    public void HbmEnergy_72Point2GbAt3Point9PjPerBit_Is2Point25J()
    {
        var perByte = JoulesPerByte.FromPicojoulesPerBit(3.9);
        var energy = EssayStepBytes * perByte;

        (perByte.Value * 1e12).ShouldBe(31.2, tolerance: 1e-9); // pJ per byte, not nJ (ERRATA: unit typo)
        energy.Value.ShouldBe(2.25, tolerance: 0.005);
    }

    [Theory]
    [InlineData(1, 72_200, 1.0)]
    [InlineData(8, 10_950, 6.6)]
    [InlineData(32, 4_387.5, 16.5)]
    [InlineData(64, 3_293.75, 21.9)]
    [InlineData(128, 2_746.875, 26.3)]
    public void BytesPerToken_EssayBatchingTable_Holds(int batch, double megabytesPerToken, double reduction)
    {
        var weights = Bytes.FromMegabytes(70_000);
        var kv = Bytes.FromMegabytes(2_200);

        var perToken = DecodeStepModel.StepBytes(weights, kv * batch, Bytes.Zero) / batch;
        var atOne = DecodeStepModel.StepBytes(weights, kv, Bytes.Zero);

        (perToken.Value / 1e6).ShouldBe(megabytesPerToken, tolerance: 1e-6);
        Math.Round(atOne / perToken, 1).ShouldBe(reduction);
    }

    [Fact]
    public void Section8Point1_Batch64With4Point4GbKv_Is351Point6GbAnd610TokensPerSecondNot39024()
    {
        var step = DecodeStepModel.StepBytes(Bytes.FromGigabytes(70), Bytes.FromGigabytes(4.4) * 64, Bytes.Zero);
        var time = Roofline.MemoryTime(step, EssayBandwidth);

        (step.Value / 1e9).ShouldBe(351.6, tolerance: 1e-9);
        (time.Value * 1e3).ShouldBe(105, tolerance: 0.1);
        TokensPerSecond.Of(64, time).Value.ShouldBe(610, tolerance: 1);
        (step > Bytes.FromGigabytes(141)).ShouldBeTrue(); // does not even fit in an H200
    }

    [Fact]
    public void CapitalPerProductiveHour_40kOver3YearsAt65Percent_Is2Point342()
    {
        var hourly = CapitalCost.PerProductiveHour(new Dollars(40_000), lifeYears: 3, utilisation: 0.65);

        CapitalCost.ProductiveTime(3, 0.65).Hours.ShouldBe(17_082, tolerance: 1e-9);
        hourly.Value.ShouldBe(2.342, tolerance: 0.0005);
    }

    [Fact]
    public void PowerCost_700WAt7CentsAndPue1Point12_Is0Point0549PerHour()
    {
        var hourly = PowerCost.WithFacility(new Watts(700), new DollarsPerKilowattHour(0.07), 1.12);

        hourly.Value.ShouldBe(0.0549, tolerance: 0.00005);
    }

    [Fact]
    public void PhysicalFloor_Essay000_Is8Point9NanodollarsPerDecodeStep()
    {
        var energy = Bytes.FromGigabytes(36.5) * JoulesPerByte.FromPicojoulesPerBit(2.5);
        var dollars = energy * new DollarsPerKilowattHour(0.04 * 1.1);

        energy.Value.ShouldBe(0.730, tolerance: 1e-9);
        dollars.Value.ShouldBe(8.9e-9, tolerance: 0.05e-9);
        (dollars.Value * 1e6).ShouldBe(0.0089, tolerance: 0.00005); // per 1M decode steps, not per 1M tokens
    }
}
