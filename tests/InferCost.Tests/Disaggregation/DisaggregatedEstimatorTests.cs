using InferCost.Deployment;
using InferCost.Tests.Support;
using InferCost.Estimation;
using InferCost.Performance;
using InferCost.Scenarios;
using DisaggregationSpec = InferCost.Deployment.Disaggregation;

namespace InferCost.Tests.Disaggregation;

public class DisaggregatedEstimatorTests
{
    // Llama 3.1 70B FP8 on H200, tp 2, 4k in / 512 out, batch 64; 2P1D = 3 instances = 6 GPUs.
    private static Scenario Scenario(int prefill = 2, int decode = 1, KvLink? link = null, int output = 512) =>
        TestScenarios.Of(tp: 2, gpus: 2 * (prefill + decode), output: output) with
        {
            Disaggregation = new DisaggregationSpec(prefill, decode, link ?? KvLink.ScaleOut),
        };

    private static (Estimate E, DisaggregatedFigures F) Run(Scenario s)
    {
        var e = CostEstimator.Estimate(s).Value;
        return (e, e.Disaggregated!);
    }

    [Fact]
    public void Pools_HandArithmetic_FromThePerInstancePrefillAndDecode()
    {
        var (e, f) = Run(Scenario());
        double b = e.Decode.Batch;
        var cP = b / e.Prefill.Time.Value;
        var cD = b / (511 * e.Decode.StepTime.Value);
        var r = Math.Min(2 * cP, cD);

        f.Prefill.RequestsPerSecondPerInstance.ShouldBe(cP, tolerance: 1e-12);
        f.Decode.RequestsPerSecondPerInstance.ShouldBe(cD, tolerance: 1e-12);
        f.SystemRequestsPerSecond.ShouldBe(r, tolerance: 1e-12);
        f.Prefill.Utilisation.ShouldBe(r / (2 * cP), tolerance: 1e-12);
        f.Decode.Utilisation.ShouldBe(r / cD, tolerance: 1e-12);
        f.BalancedPrefillPerDecode.ShouldBe(cD / cP, tolerance: 1e-12);
        (f.Prefill.Gpus, f.Decode.Gpus).ShouldBe((4, 2));
        f.InterTokenLatency.ShouldBe(e.Decode.StepTime);
        f.TimeToFirstToken.Value.ShouldBe(e.FirstTokenPrefill.Time.Value + f.KvTransfer.Time.Value, tolerance: 1e-15);
    }

    [Fact]
    public void Cost_EachPoolOnlyAgainstItsOwnTokens_HandArithmetic()
    {
        var (_, f) = Run(Scenario());
        var r = f.SystemRequestsPerSecond;

        // $/1M in = prefill pool $/h / (R x 4,096 x 3,600 / 1e6); $/1M out = decode pool $/h / (R x 512 x 3,600 / 1e6).
        var perIn = f.Prefill.PerGpuHour.Value * 4 / (r * 4096 * 3600 / 1e6);
        var perOut = f.Decode.PerGpuHour.Value * 2 / (r * 512 * 3600 / 1e6);
        f.PerMillionInput.Value.ShouldBe(perIn, tolerance: 1e-9 * perIn);
        f.PerMillionOutput.Value.ShouldBe(perOut, tolerance: 1e-9 * perOut);

        // The dashboard bug: all 6 GPUs against each token kind would be 6/4 and 6/2 of these; counted once, the two
        // prices times the request's tokens add up to the whole system's cost per request, not twice it.
        var perRequest = (f.Prefill.PerHour.Value + f.Decode.PerHour.Value) / 3600 / r;
        ((f.PerMillionInput.Value * 4096 / 1e6) + (f.PerMillionOutput.Value * 512 / 1e6)).ShouldBe(perRequest, tolerance: 1e-9 * perRequest);
        f.PerMillionMix.Value.ShouldBe(perRequest / (4096 + 512) * 1e6, tolerance: 1e-9 * perRequest * 1e6);
    }

    [Fact]
    public void Pool_Power_IsBusyAtItsUtilisationAndIdleTheRest()
    {
        var (e, f) = Run(Scenario());
        var idle = e.Scenario.Accelerator.Power.Idle.Value;
        var u = f.Prefill.Utilisation;

        f.Prefill.Power.Value.ShouldBe((u * e.Energy.PrefillPower.Value) + ((1 - u) * idle), tolerance: 1e-9);
        f.Decode.Power.Value.ShouldBe((f.Decode.Utilisation * e.Energy.DecodePower.Value) + ((1 - f.Decode.Utilisation) * idle), tolerance: 1e-9);
    }

    [Fact]
    public void KvTransfer_ScaleOut_ShardPerGpuOverEachNic()
    {
        var (_, f) = Run(Scenario());
        var kv = f.KvTransfer;

        // FP8 KV: 2 x 8 x 128 x 80 x 1 B = 163,840 B/token x 4,096 = 671,088,640 B; tp 2 splits the 8 KV heads: half each.
        kv.WholeBytes.Value.ShouldBe(671_088_640);
        kv.BytesPerGpu.Value.ShouldBe(335_544_320);
        kv.WireBytes.Value.ShouldBe(671_088_640);
        kv.LinkBandwidth.Value.ShouldBe(50e9);
        kv.Time.Value.ShouldBe((335_544_320 / (50e9 * 0.75)) + 0.00045, tolerance: 1e-12);
        // Over the H200's ib-ndr-400 fabric at 30 pJ/bit end to end: 671,088,640 B x 8 bit x 30 pJ/bit = 161.06 mJ.
        kv.EnergyPerRequest.Value.ShouldBe(671_088_640.0 * 8 * 30e-12, tolerance: 1e-12);
        kv.EnergyPerOutputToken.Value.ShouldBe(671_088_640.0 * 8 * 30e-12 / 512, tolerance: 1e-12);
    }

    [Fact]
    public void KvTransfer_ScaleUp_UsesTheCatalogLink()
    {
        var (e, f) = Run(Scenario(link: KvLink.ScaleUp));
        var a = e.Scenario.Accelerator;

        f.KvTransfer.LinkBandwidth.ShouldBe(a.Interconnect.ScaleUpBandwidth);
        f.KvTransfer.Latency.ShouldBe(a.Interconnect.AllReduceLatency);
        // Outside the board, as the network-energy line prices it: the scale-up fabric's energy (the SerDes is board power).
        f.KvTransfer.EnergyPerByte.ShouldBe(e.Scenario.ScaleUpFabric!.EnergyPerByte);
        f.KvTransfer.Time.Value.ShouldBe((335_544_320 / (450e9 * 0.75)) + a.Interconnect.AllReduceLatency.Value, tolerance: 1e-12);
    }

    [Fact]
    public void RateMatched_EqualsAggregated_WhenEachInstanceRunsTheSamePrefillAndDecode()
    {
        // With the same per-replica prefill and decode, a rate-matched P/D split spends the same GPU-seconds per request as
        // one pool that interleaves them, so TensorRT-LLM's per-GPU figure equals the aggregated steady rate per GPU.
        var (_, f) = Run(Scenario());

        f.RateMatchedOutputTokensPerSecondPerGpu.Value.ShouldBe(f.Aggregated.OutputTokensPerSecondPerGpu.Value, tolerance: 1e-6 * f.Aggregated.OutputTokensPerSecondPerGpu.Value);
    }

    [Fact]
    public void Aggregated_IsTheOrdinaryEstimateOnAsManyGpus()
    {
        var (e, f) = Run(Scenario());
        var plain = CostEstimator.Estimate(e.Scenario with { Disaggregation = null }).Value;

        f.Aggregated.Gpus.ShouldBe(6);
        f.Aggregated.PerMillionOutput.ShouldBe(plain.Cost.PerMillionOutputTokens);
        f.Aggregated.TimeToFirstToken.ShouldBe(plain.Latency.TimeToFirstToken);
        var mix = plain.Cost.PerGpuHour.Value * 6 / ((plain.Throughput.SteadyInputTokensPerSecond.Value + plain.Throughput.SteadyOutputTokensPerSecond.Value) * 3600 / 1e6);
        f.Aggregated.PerMillionMix.Value.ShouldBe(mix, tolerance: 1e-9 * mix);
    }

    [Fact]
    public void Explain_RecordsEachTransferStep()
    {
        var (e, _) = Run(Scenario());

        e.Steps.Select(s => s.Name).ShouldContain("KV transfer time");
        e.Steps.Select(s => s.Name).ShouldContain("KV transfer energy per request");
        e.Steps.Select(s => s.Name).ShouldContain("Disaggregated: $/1M input tokens");
    }

    [Fact]
    public void MorePrefillInstances_NeverLowerTheSystemRate()
    {
        var rates = Enumerable.Range(1, 4).Select(x => Run(Scenario(prefill: x)).F.SystemRequestsPerSecond).ToList();

        rates.ShouldBe([.. rates.Order()]);
        rates.ShouldAllBe(r => double.IsFinite(r) && r > 0);
    }

    [Fact]
    public void Errors_ScaleUpBeyondTheDomain_NamesTheLink()
    {
        // 5P4D of tp 2 = 18 GPUs; an H200 NVLink domain is 8.
        var r = CostEstimator.Estimate(Scenario(5, 4, KvLink.ScaleUp));

        r.Errors.Single().Field.ShouldBe("kv-link");
        r.Errors.Single().Reason.ShouldContain("connects at most 8");
    }

    [Fact]
    public void Errors_OneOutputToken_DecodeHasNoWork()
    {
        var r = CostEstimator.Estimate(Scenario(output: 1));

        r.Errors.Single().Field.ShouldBe("output");
        r.Errors.Single().Reason.ShouldContain("at least 2");
    }

    [Fact]
    public void Errors_GpusNotTheInstances()
    {
        var s = TestScenarios.Of(tp: 2, gpus: 4) with { Disaggregation = new DisaggregationSpec(2, 1, KvLink.ScaleOut) };

        var r = CostEstimator.Estimate(s);

        r.Errors.Single().Field.ShouldBe("gpus");
        r.Errors.Single().Reason.ShouldContain("needs 3 instances of 2 GPUs = 6 GPUs");
    }

    [Fact]
    public void NoDisaggregation_HasNoDisaggregatedFigures()
    {
        CostEstimator.Estimate(TestScenarios.Of(tp: 2)).Value.Disaggregated.ShouldBeNull();
    }

    [Fact]
    public void Headline_IsTheDisaggregatedDeployment_SoEveryCommandPricesIt()
    {
        var (e, f) = Run(Scenario());

        e.Cost.PerMillionOutputTokens.ShouldBe(f.PerMillionOutput);
        e.Cost.PerMillionInputTokens.ShouldBe(f.PerMillionInput);
        e.Latency.TimeToFirstToken.ShouldBe(f.TimeToFirstToken);
        e.Latency.MeanInterTokenLatency.ShouldBe(e.Decode.StepTime);
        e.Latency.RequestLatency.Value.ShouldBe(f.TimeToFirstToken.Value + (511 * e.Decode.StepTime.Value), tolerance: 1e-12);
        e.Throughput.SteadyOutputTokensPerSecond.Value.ShouldBe(f.SystemRequestsPerSecond * 512, tolerance: 1e-9);
        e.Throughput.SteadyInputTokensPerSecond.Value.ShouldBe(f.SystemRequestsPerSecond * 4096, tolerance: 1e-9);
        // Only the one decode instance decodes: 1 x B / t_step, over its 2 GPUs.
        e.Throughput.DecodeOutputTokensPerSecond.Value.ShouldBe(e.Decode.Batch / e.Decode.StepTime.Value, tolerance: 1e-9);
        e.Throughput.DecodeOutputTokensPerSecondPerGpu.Value.ShouldBe(e.Decode.Batch / e.Decode.StepTime.Value / 2, tolerance: 1e-9);
        // The blended $/GPU-hour: 4 prefill GPUs at C_P and 2 decode GPUs at C_D.
        e.Cost.PerGpuHour.Value.ShouldBe(((4 * f.Prefill.PerGpuHour.Value) + (2 * f.Decode.PerGpuHour.Value)) / 6, tolerance: 1e-12);
    }

    [Fact]
    public void Breakdown_LayersSumToTheTotals_AndTheSharesToOne()
    {
        var (e, _) = Run(Scenario());
        var c = e.Cost;

        c.Breakdown.Sum(l => l.PerMillionOutputTokens.Value).ShouldBe(c.PerMillionOutputTokens.Value, tolerance: 1e-12 * c.PerMillionOutputTokens.Value);
        c.Breakdown.Sum(l => l.PerMillionInputTokens.Value).ShouldBe(c.PerMillionInputTokens.Value, tolerance: 1e-12 * c.PerMillionInputTokens.Value);
        c.Breakdown.Sum(l => l.PerGpuHour.Value).ShouldBe(c.PerGpuHour.Value, tolerance: 1e-12 * c.PerGpuHour.Value);
        c.Breakdown.Sum(l => l.Share).ShouldBe(1, tolerance: 1e-12);
    }

    [Fact]
    public void NetworkEnergy_PrefillPoolPaysForTheKvItSends_HandArithmetic()
    {
        var (e, f) = Run(Scenario());
        var s = e.Scenario;

        // Per prefill GPU: its prefills' collectives while busy, u x E_prefill / t_prefill(B), plus R x E_kv / 4 GPUs;
        // the layer is that power x price x PUE.
        var power = (f.Prefill.Utilisation * e.Energy.Network.PrefillEnergy.Value / e.Prefill.Time.Value) + (f.SystemRequestsPerSecond * f.KvTransfer.EnergyPerRequest.Value / 4);
        var layer = power / 1000 * s.Facility.PowerPrice.Value * s.Facility.Pue;
        var input = e.Cost.Breakdown.Single(l => l.Id == "network-energy").PerMillionInputTokens.Value;
        input.ShouldBe(layer * 4 / (f.SystemRequestsPerSecond * 4096 * 3600 / 1e6), tolerance: 1e-9 * input);
        f.KvTransfer.EnergyPerRequest.Value.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Rented_BothPoolsAtTheRent_OwnedBesideIt()
    {
        var s = Scenario() with { Finance = Scenario().Finance with { RentedGpuHourPrice = new InferCost.Units.DollarsPerHour(3) } };
        var (e, f) = Run(s);
        var hour = 3 / s.Finance.Utilisation;

        e.Cost.Basis.ShouldBe(CostBasis.Rented);
        e.Cost.PerGpuHour.Value.ShouldBe(hour, tolerance: 1e-12);
        e.Cost.PerMillionOutputTokens.Value.ShouldBe(hour * 2 / (f.SystemRequestsPerSecond * 512 * 3600 / 1e6), tolerance: 1e-9);
        e.Cost.PerMillionInputTokens.Value.ShouldBe(hour * 4 / (f.SystemRequestsPerSecond * 4096 * 3600 / 1e6), tolerance: 1e-9);
        e.Cost.BottomUp!.PerMillionOutputTokens.ShouldBe(Run(Scenario()).E.Cost.PerMillionOutputTokens);
    }
}
