using InferCost.Economics;
using InferCost.Estimation;
using InferCost.Performance;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Economics;

/// <summary>The network's traffic energy outside the GPU board: bytes x pJ/bit, x PUE x power price, as its own cost line.</summary>
public class NetworkEnergyTests
{
    [Fact]
    public void Of_IsBytesTimesEnergyPerBitOnEachFabric()
    {
        // 1 MB at 8.5 pJ/bit = 8e6 bit x 8.5e-12 J = 68 uJ; 2 MB at 30 pJ/bit = 1.6e7 bit x 30e-12 J = 480 uJ.
        var e = NetworkEnergy.Of(new Bytes(1e6), JoulesPerByte.FromPicojoulesPerBit(8.5), new Bytes(2e6), JoulesPerByte.FromPicojoulesPerBit(30));

        e.Value.ShouldBe(68e-6 + 480e-6, tolerance: 1e-15);
    }

    [Fact]
    public void PerProductiveHour_IsPowerTimesPriceTimesPue()
    {
        // 4 W for an hour = 0.004 kWh; x $0.07/kWh x PUE 1.12 = $0.0003136.
        NetworkEnergy.PerProductiveHour(new Watts(4), new DollarsPerKilowattHour(0.07), 1.12).Value.ShouldBe(0.0003136, tolerance: 1e-15);
    }

    [Fact]
    public void Estimate_Tp8OnH200_NetworkEnergyPerTokenIsTheAllReduceBytesAtTheNvSwitchEnergy()
    {
        var s = TestScenarios.Of(tp: 8);
        var e = CostEstimator.Estimate(s).Value;
        var c = new ScenarioContext(s);

        // Each GPU sends the all-reduce bytes of the prefill (64 x 4,096 tokens) once and of a decode step (64 tokens) 511
        // times, at 8.5 pJ/bit outside the board (nvlink4-nvswitch-hgx); the replica's 8 GPUs make 64 x 512 output tokens.
        var prefill = ForwardPassCommunication.Sent(c, 64.0 * 4096).Value;
        var step = ForwardPassCommunication.Sent(c, 64).Value;
        var cycleJoules = (prefill + (511 * step)) * 8 * 8.5e-12;
        e.Energy.Network.PerOutputToken.Value.ShouldBe(cycleJoules * 8 / (64.0 * 512), tolerance: 1e-15);

        // Its cost line: the cycle's average power x $0.07/kWh x PUE 1.12 per productive hour.
        var cycleSeconds = e.Prefill.Time.Value + (511 * e.Decode.StepTime.Value);
        var watts = cycleJoules / cycleSeconds;
        e.Energy.Network.AveragePower.Value.ShouldBe(watts, tolerance: 1e-12);
        var line = e.Cost.Breakdown.Single(l => l.Id == "network-energy");
        line.PerGpuHour.Value.ShouldBe(watts / 1000 * 0.07 * 1.12, tolerance: 1e-15);
        line.PerMillionOutputTokens.Value.ShouldBe(line.PerGpuHour.Value * 8 / (e.Decode.TokensPerSecond.Value * 3600) * 1e6, tolerance: 1e-15);
    }

    [Fact]
    public void Estimate_OneGpu_SendsNothingSoTheLineIsZero()
    {
        var e = CostEstimator.Estimate(TestScenarios.Of(tp: 1)).Value;

        e.Energy.Network.PerOutputToken.ShouldBe(JoulesPerToken.Zero);
        e.Cost.Breakdown.Single(l => l.Id == "network-energy").PerGpuHour.ShouldBe(DollarsPerHour.Zero);
    }

    [Fact]
    public void Estimate_DirectMeshWithoutSwitch_ChargesNoEnergyOutsideTheBoard()
    {
        // MI300X GPUs are linked directly on the baseboard: both ends of every link are GPU packages, in board power.
        var e = CostEstimator.Estimate(TestScenarios.Of(gpu: "mi300x", tp: 8)).Value;

        e.Energy.Network.AveragePower.ShouldBe(Watts.Zero);
    }

    [Fact]
    public void Estimate_NetworkEnergy_IsAnElectricityLayer()
    {
        var e = CostEstimator.Estimate(TestScenarios.Of(tp: 8)).Value;

        CostFigures.PowerLayerIds.ShouldContain("network-energy");
        e.Cost.PowerPerMillionOutputTokens.Value.ShouldBe(
            e.Cost.Breakdown.Where(l => l.Id is "gpu-energy" or "host-energy" or "facility" or "network-energy").Sum(l => l.PerMillionOutputTokens.Value),
            tolerance: 1e-15);
    }
}
