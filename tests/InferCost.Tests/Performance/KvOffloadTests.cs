using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;
using InferCost.Sweeps;
using InferCost.Tests.Support;

namespace InferCost.Tests.Performance;

/// <summary>KV beyond HBM in host DRAM or NVMe: capacity, the stream each decode step waits for, and what the tier costs.</summary>
public class KvOffloadTests
{
    // Llama-3.1-70B at FP8 on one H200: 120K-token prompts leave room in HBM for 3 requests, not 8.
    private static Scenario LongContext(OffloadTier tier, int batch = 8) =>
        TestScenarios.Of(input: 120 * 1024, output: 1024, batch: BatchSize.Of(batch), offload: tier);

    [Fact]
    public void Estimate_WithoutOffload_BatchBeyondHbmIsAnError()
    {
        var e = CostEstimator.Estimate(LongContext(OffloadTier.None));

        e.Succeeded.ShouldBeFalse();
        e.Errors[0].Field.ShouldBe("batch");
        e.Errors[0].Reason.ShouldNotContain("offload tier");
    }

    [Fact]
    public void Estimate_DramTier_StreamsTheSpilledShareAtPcieGen5Bandwidth()
    {
        var s = LongContext(OffloadTier.Dram);
        var e = CostEstimator.Estimate(s, Derivation.Off()).Value;
        var c = new ScenarioContext(s);

        // By hand: GQA KV = 2 x 8 KV heads x 128 x 80 layers x 1 B (FP8) = 163,840 B per token; full context 122,880 + 1,024.
        const double perToken = 2.0 * 8 * 128 * 80;
        var kvRequest = perToken * (122_880 + 1_024);
        var free = KvOffload.FreeHbm(c).Value;
        var share = ((8 * kvRequest) - free) / (8 * kvRequest);
        // The step reads every request's KV at the mean decode context 122,880 + 1,024 / 2.
        var kvStep = 8 * perToken * (122_880 + 512.0);
        var stream = share * kvStep / 63.0e9; // PCIe Gen5 x16: 32 GT/s x 16 x 128/130 / 8 = 63.0 GB/s per direction

        e.Memory.KvPerRequestPerGpu.Value.ShouldBe(kvRequest, tolerance: 1);
        e.Decode.KvBytes.Value.ShouldBe(kvStep, tolerance: 1);
        e.Decode.OffloadTime.Value.ShouldBe(stream, tolerance: stream * 1e-12);
        share.ShouldBeInRange(0.5, 0.7); // 162 GB of KV, about 60 GB of HBM left after 70 GB of weights
        // The stream overlaps the kernels (layer-wise prefetch): the step is the longer of the two, plus communication and overhead.
        e.Decode.StepTime.Value.ShouldBe(Math.Max((e.Decode.LinearTime + e.Decode.AttentionTime).Value, stream) + e.Decode.CommunicationTime.Value + e.Decode.Overhead.Value, tolerance: 1e-15);
        e.Decode.StepTime.Value.ShouldBeGreaterThan(stream);
    }

    [Fact]
    public void Estimate_NvmeTier_StreamsAtTheDrivesCappedByTheHostLink()
    {
        var one = LongContext(OffloadTier.Nvme);
        var eight = one with { Offload = one.Offload with { NvmeDrives = 8 } };

        KvOffload.Bandwidth(one).Value.ShouldBe(14.0e9);       // one Micron 9550 at 14 GB/s
        KvOffload.Bandwidth(eight).Value.ShouldBe(63.0e9);     // 8 x 14 = 112 GB/s, capped by PCIe Gen5 x16
        var e1 = CostEstimator.Estimate(one, Derivation.Off()).Value;
        var e8 = CostEstimator.Estimate(eight, Derivation.Off()).Value;
        (e1.Decode.OffloadTime / e8.Decode.OffloadTime).ShouldBe(63.0 / 14.0, tolerance: 1e-9);
    }

    [Fact]
    public void Bandwidth_GraceSuperchip_StreamsDramOverNvlinkC2c()
    {
        var s = TestScenarios.Of(gpu: "gh200", offload: OffloadTier.Dram);

        KvOffload.Bandwidth(s).Value.ShouldBe(450e9);
        KvOffload.Bandwidth(TestScenarios.Of(gpu: "h100-sxm", offload: OffloadTier.Dram)).Value.ShouldBe(63.0e9);
    }

    [Fact]
    public void Estimate_FitsInHbm_StreamsNothing()
    {
        var s = TestScenarios.Of(batch: BatchSize.Of(8), offload: OffloadTier.Dram);
        var e = CostEstimator.Estimate(s, Derivation.Off()).Value;

        e.Decode.OffloadTime.Value.ShouldBe(0);
        e.Decode.StepTime.ShouldBe(CostEstimator.Estimate(s with { Offload = s.Offload with { Tier = OffloadTier.None } }, Derivation.Off()).Value.Decode.StepTime);
    }

    [Fact]
    public void Estimate_BeyondHbmAndTier_ErrorNamesBoth()
    {
        var s = LongContext(OffloadTier.Dram, batch: 40); // 40 x 20.3 GB = 812 GB > ~60 GB of HBM + 256 GB of DRAM
        var e = CostEstimator.Estimate(s);

        e.Succeeded.ShouldBeFalse();
        e.Errors[0].Field.ShouldBe("batch");
        e.Errors[0].Reason.ShouldContain("GB usable in HBM plus 256.0 GB in the offload tier");
        e.Errors[0].Reason.ShouldContain("the largest batch that fits is 15");
    }

    [Fact]
    public void Estimate_DramTier_IsItsOwnCostLineAndTheLinesSumToTheTotal()
    {
        var s = LongContext(OffloadTier.Dram);
        var e = CostEstimator.Estimate(s, Derivation.Off()).Value;
        var line = e.Cost.Breakdown.Single(l => l.Id == "kv-offload");

        // By hand: 256 GB x 2.66 USD/GB over 3 years x 8,760 h x 0.65; 256 GB x 0.039 W/GB / 0.65 at the power price.
        var hours = 3 * 8760 * 0.65;
        var expected = (256 * 2.66 / hours) + (256 * 0.039 / 0.65 / 1000 * s.Facility.PowerPrice.Value);
        line.PerGpuHour.Value.ShouldBe(expected, tolerance: 1e-12);
        e.Cost.Breakdown.Sum(l => l.PerGpuHour.Value).ShouldBe(e.Cost.PerGpuHour.Value, tolerance: 1e-12);
        e.Cost.Breakdown.Sum(l => l.Share).ShouldBe(1, tolerance: 1e-12);
        CostEstimator.Estimate(TestScenarios.Of()).Value.Cost.Breakdown.ShouldNotContain(l => l.Id == "kv-offload");
    }

    [Fact]
    public void Estimate_NvmeTier_AddsTheStreamingDrivesPowerNotTheirCapital()
    {
        var s = LongContext(OffloadTier.Nvme);
        var e = CostEstimator.Estimate(s, Derivation.Off()).Value;
        var none = CostEstimator.Estimate(TestScenarios.Of(input: 120 * 1024, output: 1024, batch: BatchSize.Of(2)), Derivation.Off()).Value;

        // One drive at 18 W while producing, per productive hour: 18 / 0.65 W at the power price; the drives' capital stays in storage.
        e.Cost.Breakdown.Single(l => l.Id == "kv-offload").PerGpuHour.Value.ShouldBe(18 / 0.65 / 1000 * s.Facility.PowerPrice.Value, tolerance: 1e-12);
        e.Cost.Breakdown.Single(l => l.Id == "storage").PerGpuHour.ShouldBe(none.Cost.Breakdown.Single(l => l.Id == "storage").PerGpuHour);
    }

    [Fact]
    public void Validate_OffloadWithoutCatalogTiers_IsAFieldError()
    {
        var s = TestScenarios.Of() with { Offload = OffloadSettings.None with { Tier = OffloadTier.Dram } };

        ScenarioValidator.Validate(s).ShouldContain(e => e.Field == "offload");
    }

    [Fact]
    public void Validate_NvmeDrivesOutOfRange_IsAFieldError()
    {
        var s = TestScenarios.Of(offload: OffloadTier.Nvme);

        ScenarioValidator.Validate(s with { Offload = s.Offload with { NvmeDrives = 0 } }).ShouldContain(e => e.Field == "nvme-drives");
        ScenarioValidator.Validate(s with { Offload = s.Offload with { DramGigabytes = -1 } }).ShouldContain(e => e.Field == "offload-dram-gb");
    }

    [Theory]
    [InlineData(OffloadTier.Dram, 8, 8192)]
    [InlineData(OffloadTier.Dram, 12, 122_880)]
    [InlineData(OffloadTier.Nvme, 8, 122_880)]
    [InlineData(OffloadTier.Nvme, 0, 65_536)]
    public void PointEstimator_WithOffload_MatchesTheExplainedEstimate(OffloadTier tier, int batch, int input)
    {
        var s = TestScenarios.Of(input: input, output: 1024, batch: batch == 0 ? BatchSize.Max : BatchSize.Of(batch), offload: tier);
        var e = CostEstimator.Estimate(s, Derivation.Off()).Value;
        var point = PointEstimator.Evaluate(new PointInputs(new ScenarioContext(s)));

        point.MaxBatch.ShouldBe(e.Memory.MaxBatch);
        point.StepTime.ShouldBe(e.Decode.StepTime);
        point.OutputCost.ShouldBe(e.Cost.PerMillionOutputTokens);
        point.CostPerGpuHour.ShouldBe(e.Cost.PerGpuHour);
        point.AveragePower.ShouldBe(e.Energy.AverageActivePower);
    }

    [Fact]
    public void Estimate_NvmeWritesBeyondTheDrivesRating_Warns()
    {
        var s = TestScenarios.Of(input: 120 * 1024, output: 64, batch: BatchSize.Of(8), offload: OffloadTier.Nvme);
        var small = s with { Finance = s.Finance with { Storage = s.Finance.Storage with { OffloadTerabytes = 1 } } };
        var d = Derivation.Recording();
        var e = CostEstimator.Estimate(small, d).Value;

        // By hand: each request writes its spilled KV once; requests per GPU per day = output rate / 64 tokens x 86,400 s x u.
        var share = KvOffload.SpilledShare(KvOffload.FreeHbm(new ScenarioContext(small)), e.Memory.KvPerRequestPerGpu, 8);
        var written = share * e.Memory.KvPerRequestPerGpu.Value * (e.Throughput.SteadyOutputTokensPerSecond.Value / 64 * 86_400 * s.Finance.Utilisation);
        written.ShouldBeGreaterThan(1e12); // over 1 TB x 1 drive write per day
        e.Warnings.ShouldContain(w => w.Code == "nvme-endurance");
        d.Steps.Single(x => x.Name == "KV written to NVMe per GPU per day").Result.Value.ShouldBe(written, tolerance: written * 1e-12);
        CostEstimator.Estimate(s with { OutputTokens = 1024 }, Derivation.Off()).Value.Warnings.ShouldNotContain(w => w.Code == "nvme-endurance");
    }
}
