using CsCheck;
using InferCost.Architecture;
using InferCost.Economics;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Estimation;

/// <summary>Power-capped throughput, step power from per-operation energies, the host's share and the PUE, by hand.</summary>
public class PowerPhysicsTests
{
    [Fact]
    public void SustainedCompute_MadeUpBoard_IsCappedByTdpOverEnergyPerFlop()
    {
        // (500 W - 100 W) / 0.5 pJ = 800 TFLOP/s, below the 1,000 TFLOP/s peak.
        var capped = SustainedCompute.Of(FlopsPerSecond.FromTeraflops(1000), new Watts(500), new Watts(100), JoulesPerFlop.FromPicojoules(0.5));
        capped.Value.ShouldBe(800e12, tolerance: 1e3);

        // (500 - 100) / 0.3 pJ = 1,333 TFLOP/s: the peak binds.
        var uncapped = SustainedCompute.Of(FlopsPerSecond.FromTeraflops(1000), new Watts(500), new Watts(100), JoulesPerFlop.FromPicojoules(0.3));
        uncapped.Value.ShouldBe(1000e12);
    }

    [Fact]
    public void SustainedCompute_B200Fp4FromTheCatalog_IsBelowItsDatasheetPeak()
    {
        // Catalog: TDP 1,000 W, idle 140 W, e_fp4 0.17 pJ: (1,000 - 140) / 0.17e-12 = 5.059e15 FLOP/s, 56% of the 9 PFLOP/s datasheet peak.
        var c = new ScenarioContext(TestScenarios.Of(gpu: "b200", weights: Precision.Fp4));
        c.ComputePrecision.ShouldBe(Precision.Fp4);
        c.DatasheetPeakCompute.Value.ShouldBe(9000e12);
        c.PeakCompute.Value.ShouldBe(860 / 0.17e-12, tolerance: 1e6);
        c.AchievableCompute.Value.ShouldBe(c.PeakCompute.Value * c.Accelerator.Efficiency.ComputeFraction, tolerance: 1);
    }

    [Fact]
    public void Explain_RecordsThePowerCappedFlopsWithItsInputs()
    {
        var e = CostEstimator.Estimate(TestScenarios.Of(gpu: "b200", weights: Precision.Fp4)).Value;
        var step = e.Steps.Single(s => s.Name == "Power-capped FLOP/s (fp4)");
        step.Inputs.Select(i => i.Symbol).ShouldBe(["peak (datasheet)", "TDP", "P_idle", "e_flop"]);
        step.Result.Value.ShouldBe(860 / 0.17e-12, tolerance: 1e6);
    }

    [Fact]
    public void SustainedCompute_H200Fp8_Is75PercentOfPeak()
    {
        // e_bf16 = 620 W / (0.9 x 989.4 TFLOP/s) = 0.696 pJ; e_fp8 = 0.6 x that = 0.418 pJ (catalog, 3 digits):
        // 620 / 0.418e-12 = 1,483 TFLOP/s of the 1,978.9 peak.
        var c = new ScenarioContext(TestScenarios.Of(gpu: "h200-sxm", weights: Precision.Fp8));
        c.PeakCompute.Value.ShouldBe(620 / 0.418e-12, tolerance: 1e6);
        (c.PeakCompute / c.DatasheetPeakCompute).ShouldBe(0.75, tolerance: 0.005);
    }

    [Fact]
    public void HostShare_DgxH200_Is575WattsPerGpuAtMax()
    {
        // (10,200 W - 8 x 700 W) / 8 = 575 W.
        var h200 = TestCatalog.Instance.Accelerators["h200-sxm"];
        h200.Platform.HostPowerAtMax(h200.Power.Tdp).Value.ShouldBe(575);
    }

    [Fact]
    public void HostPower_HalfLoadedGpus_DrawTheFixedPartAndHalfTheRest()
    {
        // a = (390 - 80) / (700 - 80) = 0.5; 575 x (0.5 + 0.5 x 0.5) = 431.25 W.
        HostPower.PerGpu(new Watts(575), 0.5, new Watts(390), new Watts(80), new Watts(700)).Value.ShouldBe(431.25, tolerance: 1e-9);

        // Idle GPUs: the fixed part, 287.5 W; GPUs at TDP: the whole 575 W.
        HostPower.PerGpu(new Watts(575), 0.5, new Watts(80), new Watts(80), new Watts(700)).Value.ShouldBe(287.5, tolerance: 1e-9);
        HostPower.PerGpu(new Watts(575), 0.5, new Watts(700), new Watts(80), new Watts(700)).Value.ShouldBe(575, tolerance: 1e-9);
    }

    [Fact]
    public void GpuHour_ItPower_CountsTheHostOnceAndThePueOnTopOnce()
    {
        // GPU 600 W active, 80 W idle, TDP 700 W, u = 0.5 (one idle hour per productive hour):
        //   P_gpu = 600 + 80 x (1 - 0.5) / 0.5 = 680 W.
        //   a = (600 - 80) / 620 = 0.83871; P_host = 575 x (0.5 + 0.5 x 0.83871) = 528.629 W while producing,
        //   287.5 W idle: P_host,avg = 528.629 + 287.5 = 816.129 W.
        //   Drives 10 W / 0.5 = 20 W, network 20 W / 0.5 = 40 W.
        //   P_IT = 680 + 816.129 + 20 + 40 = 1,556.129 W.
        //   At 0.10 $/kWh and PUE 1.2: facility = 1.556129 kW x 0.10 x 0.2 = 0.0311226 $/h,
        //   every electricity $ = P_IT x price x PUE = 0.1867355 $/h.
        var i = new GpuHourInputs(
            new Watts(80), new Dollars(30000), new Dollars(8000), 3, 0.5, new Dollars(1000), new Watts(10), new Dollars(3000), new Watts(20),
            new DollarsPerKilowattHour(0.10), 1.2, 0.18, new Watts(700), new Watts(575), 0.5);
        var k = GpuHourCostModel.Breakdown(i, new Watts(600));

        k.GpuPower.Value.ShouldBe(680, tolerance: 1e-9);
        k.HostPower.Value.ShouldBe(575 * (0.5 + (0.5 * 520 / 620)) + 287.5, tolerance: 1e-9);
        k.HostPower.Value.ShouldBe(816.129, tolerance: 1e-3);
        k.ItPower.Value.ShouldBe(1556.129, tolerance: 1e-3);
        k.Facility.Value.ShouldBe(0.0311226, tolerance: 1e-6);
        var storagePowerCost = k.StoragePower.Value / 1000 * 0.10;
        var nicPowerCost = k.NicPower.Value / 1000 * 0.10;
        (k.GpuEnergy.Value + k.HostEnergy.Value + storagePowerCost + nicPowerCost + k.Facility.Value).ShouldBe(0.1867355, tolerance: 1e-6);
    }

    [Fact]
    public void Estimate_FacilityLayers_HoldNoItEquipment()
    {
        var e = CostEstimator.Estimate(TestScenarios.Of()).Value;
        e.Energy.FacilityLayers.Select(l => l.Id).ShouldNotContain("hosts");
        e.Energy.FacilityLayers.Select(l => l.Id).ShouldNotContain("storage");
        e.Energy.ItPower.Value.ShouldBeGreaterThan(e.Energy.GpuPower.Value + e.Energy.HostPower.Value);
        e.Cost.Breakdown.Select(l => l.Id).ShouldContain("host-energy");
    }

    [Fact]
    public void Estimate_PhysicsBreakdown_SumsToTheCostedDecodePower()
    {
        foreach (var gpu in new[] { "h200-sxm", "b200", "mi300x", "l40s" })
        {
            var e = CostEstimator.Estimate(TestScenarios.Of(gpu: gpu, tp: 2, batch: BatchSize.Max)).Value;
            e.Energy.Physics.Power.Value.ShouldBe(e.Energy.DecodePower.Value, tolerance: 1e-9, gpu);
            e.Energy.Physics.Components.Sum(c => c.Power.Value).ShouldBe(e.Energy.DecodePower.Value, tolerance: 1e-9, gpu);
            e.Energy.Physics.Components.Sum(c => c.Share).ShouldBe(1, tolerance: 1e-12, gpu);
            e.Energy.DecodePower.Value.ShouldBeLessThanOrEqualTo(e.Scenario.Accelerator.Power.Tdp.Value + 1e-9, gpu);
        }
    }

    [Fact]
    public void StepPower_ByHand_IsIdlePlusEachPartOverTheStep()
    {
        // H200 at TP 1 (no link traffic): 10 GB and 2 TFLOP in 3 ms.
        //   HBM 10e9 x 31.2 pJ = 0.312 J; on-chip 10e9 x 95 pJ = 0.95 J; SRAM 10e9 x 3 x 1 pJ = 0.03 J;
        //   compute (FP8) 2e12 x 0.418 pJ = 0.836 J; dynamic 2.128 J; idle 80 W x 3 ms = 0.24 J.
        //   P = (0.24 + 2.128) / 0.003 = 789.3 W > TDP: the dynamic parts scale by (700 - 80) x 0.003 / 2.128 = 0.874
        //   and the board draws exactly 700 W.
        var c = new ScenarioContext(TestScenarios.Of());
        var parts = PowerModel.Parts(c, new Bytes(10e9), new Flops(2e12), Bytes.Zero, Seconds.FromMilliseconds(3));
        parts.CapScale.ShouldBe(620 * 0.003 / 2.128, tolerance: 1e-9);
        parts.Power.Value.ShouldBe(700, tolerance: 1e-9);

        // 1.5 ms slower: (0.36 + 2.128) / 0.0045 = 552.9 W, under the cap.
        PowerModel.Draw(c, new Bytes(10e9), new Flops(2e12), Bytes.Zero, Seconds.FromMilliseconds(4.5)).Value.ShouldBe((0.36 + 2.128) / 0.0045, tolerance: 1e-9);
    }

    [Fact]
    public void Property_MorePowerHeadroom_NeverSlowsAStepNorLowersFlops()
    {
        Gen.Select(ScenarioGenerators.Any, Gen.Double[1.0, 3.0]).Sample((s, factor) =>
        {
            var a = s.Accelerator;
            var roomier = s with
            {
                Deployment = s.Deployment with { Accelerator = a with { Power = a.Power with { Tdp = a.Power.Tdp * factor } } },
            };
            var before = new ScenarioContext(s);
            var after = new ScenarioContext(roomier);
            after.PeakCompute.Value.ShouldBeGreaterThanOrEqualTo(before.PeakCompute.Value);
            var x = CostEstimator.Estimate(s, Derivation.Off());
            var y = CostEstimator.Estimate(roomier, Derivation.Off());
            y.Succeeded.ShouldBe(x.Succeeded);
            if (x.Succeeded)
            {
                y.Value.Decode.StepTime.Value.ShouldBeLessThanOrEqualTo(x.Value.Decode.StepTime.Value * (1 + 1e-12));
                y.Value.Prefill.Time.Value.ShouldBeLessThanOrEqualTo(x.Value.Prefill.Time.Value * (1 + 1e-12));
            }
        }, iter: 300);
    }
}
