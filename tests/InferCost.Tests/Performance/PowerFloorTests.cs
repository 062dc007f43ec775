using InferCost.Economics;
using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Performance;

/// <summary>
/// A kernel cannot spend energy faster than the board's power headroom: near the ridge, streaming memory and computing at
/// once, it runs at its energy's pace, from the same energies the power model costs.
/// </summary>
public class PowerFloorTests
{
    // 1 TB/s and 100 TFLOP/s; 500 pJ per byte and 5 pJ per FLOP; 500 W of dynamic headroom.
    private static readonly KernelPower Power = new(new JoulesPerByte(500e-12), new JoulesPerFlop(5e-12), new JoulesPerFlop(5e-12), new JoulesPerFlop(5e-12), new Watts(500));

    private static readonly KernelRates Rates = new(new BytesPerSecond(1e12), new FlopsPerSecond(100e12), new FlopsPerSecond(100e12), new FlopsPerSecond(100e12), 1.0, Power: Power);

    [Fact]
    public void Kernel_AtTheRidge_TakesItsEnergyOverTheHeadroom()
    {
        // A dense kernel of 1 GB and 0.1 TFLOP: 1 ms of memory, 1 ms of compute, so 1 ms on the roofline. But it needs
        // 1 GB x 500 pJ + 0.1 TFLOP x 5 pJ = 0.5 J + 0.5 J = 1 J, and the board has 500 W for it: 2 ms.
        var w = new StepWork(new Bytes(1e9), Bytes.Zero, Bytes.Zero, new Flops(1e11), Flops.Zero, Flops.Zero);

        KernelTimes.Of(w, Rates).Linear.Value.ShouldBe(2e-3, tolerance: 1e-15);
        KernelTimes.Of(w, Rates with { Power = null }).Linear.Value.ShouldBe(1e-3, tolerance: 1e-15);
    }

    [Fact]
    public void Kernel_FarFromTheRidge_KeepsItsRooflineTime()
    {
        // 1 GB and 1 GFLOP: 1 ms of memory, 10 us of compute. At 500 pJ/B, streaming alone at 1 TB/s draws exactly the
        // 500 W: the floor, (0.5 J + 0.005 J) / 500 W = 1.01 ms, is 1% over the roofline, the FLOPs' share of the energy.
        var w = new StepWork(new Bytes(1e9), Bytes.Zero, Bytes.Zero, new Flops(1e9), Flops.Zero, Flops.Zero);

        KernelTimes.Of(w, Rates).Linear.Value.ShouldBe(1.01e-3, tolerance: 1e-15);

        // At half the energy per byte (250 pJ/B) the memory time binds again: 0.255 J over 500 W is 0.51 ms.
        KernelTimes.Of(w, Rates with { Power = Power with { PerByte = new JoulesPerByte(250e-12) } }).Linear.Value.ShouldBe(1e-3, tolerance: 1e-15);
    }

    [Fact]
    public void DecodeStep_BatchOneOnH200_IsMemoryBoundNotPowerBound()
    {
        // Llama-3.1-70B at batch 1: reading 73 GB at the achievable bandwidth draws less than the headroom (the catalog
        // sets e_byte so that streaming at the datasheet peak draws all of it), so the power floor does not bind.
        var c = new ScenarioContext(TestScenarios.Of(batch: BatchSize.Of(1)));
        var w = DecodeStepModel.Work(c, 1, c.AverageDecodeContext);
        var k = KernelTimes.Of(w, c.Rates);

        k.Linear.ShouldBe(KernelTimes.Of(w, c.Rates with { Power = null }).Linear);
        c.Power.Headroom.Value.ShouldBe((c.Accelerator.Power.Tdp - c.Accelerator.Power.Idle).Value);
    }

    [Fact]
    public void DecodeStep_NeverDrawsMoreThanTheTdp_SoThePowerModelNeedNotScaleItsEnergy()
    {
        // Time and joules from one physics: with the floor, every kernel's energy fits in its time at the TDP, so the
        // power model's cap (which used to scale the energy down) is idle for the kernels of a large-batch step.
        var s = TestScenarios.Of(batch: BatchSize.Of(64));
        var e = CostEstimator.Estimate(s, Derivation.Off()).Value;
        var c = new ScenarioContext(s);
        var w = DecodeStepModel.Work(c, 64, c.AverageDecodeContext);
        var k = KernelTimes.Of(w, c.Rates);

        var parts = PowerModel.Parts(c, w.Bytes, w.Flops, Bytes.Zero, k.Linear + k.Attention);
        parts.CapScale.ShouldBe(1.0);
        e.Energy.DecodePower.Value.ShouldBeLessThanOrEqualTo(s.Accelerator.Power.Tdp.Value);
    }
}
