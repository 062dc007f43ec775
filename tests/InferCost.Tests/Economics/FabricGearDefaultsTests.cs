using InferCost.Estimation;
using InferCost.Tests.Support;
using InferCost.Units;

namespace InferCost.Tests.Economics;

/// <summary>The fabrics' gear is the default network capital and static network power per GPU.</summary>
public class FabricGearDefaultsTests
{
    [Theory]
    // HGX H200: baseboard NVSwitches are in the system (0) + InfiniBand NDR 2-tier: (27,648,000 + 41,943,040) / 16,384 = $4,247.5, 3 x 8.5 W optics.
    [InlineData("h200-sxm", 4247.5, 25.5)]
    // MI300X: Infinity Fabric mesh (0) + 400GbE at $4,247.5 / 2.3.
    [InlineData("mi300x", 1846.74, 25.5)]
    // B300: NVLink 5 baseboard (0) + XDR 800G: $4,247.5 x 2, 3 x 17 W.
    [InlineData("b300", 8495, 51)]
    // L40S: PCIe Gen4 (0) + 200GbE: $923.37, 3 x 6 W.
    [InlineData("l40s", 923.37, 18)]
    public void FinanceFor_TakesTheAcceleratorsFabricsGear(string gpu, double capital, double watts)
    {
        var finance = TestCatalog.Instance.Defaults.FinanceFor(TestCatalog.Instance.Accelerators[gpu]);

        finance.NetworkGearPerGpu.Value.ShouldBe(capital, tolerance: 1e-9);
        finance.NicPower.Value.ShouldBe(watts, tolerance: 1e-9);
    }

    [Fact]
    public void OnFabric_ReplacesTheScaleOutGearAndItsEnergy()
    {
        var s = TestScenarios.Of(tp: 8).OnFabric(TestCatalog.Instance.Fabrics["ethernet-400"]);

        s.ScaleOutFabric!.Id.ShouldBe("ethernet-400");
        s.ScaleUpFabric!.Id.ShouldBe("nvlink4-nvswitch-hgx");
        s.Finance.NetworkGearPerGpu.Value.ShouldBe(1846.74, tolerance: 1e-9);
        s.Finance.NicPower.Value.ShouldBe(25.5, tolerance: 1e-9);
    }

    [Fact]
    public void NetworkLayer_FollowsTheFabric()
    {
        var ib = CostEstimator.Estimate(TestScenarios.Of()).Value;
        var eth = CostEstimator.Estimate(TestScenarios.Of().OnFabric(TestCatalog.Instance.Fabrics["ethernet-400"])).Value;

        // C_net = gear / (3 years x 8,760 h x 0.65) + 25.5 W / 0.65 x $0.07/kWh.
        static double Network(double gear) => (gear / (3 * 8760 * 0.65)) + (25.5 / 0.65 / 1000 * 0.07);
        ib.Cost.Breakdown.Single(l => l.Id == "network").PerGpuHour.Value.ShouldBe(Network(4247.5), tolerance: 1e-12);
        eth.Cost.Breakdown.Single(l => l.Id == "network").PerGpuHour.Value.ShouldBe(Network(1846.74), tolerance: 1e-12);
    }

    [Fact]
    public void ExplicitGear_OverridesTheFabricsDefault()
    {
        var s = TestScenarios.Of().OnFabric(TestCatalog.Instance.Fabrics["ib-xdr-800"]);
        s = s with { Finance = s.Finance with { NetworkGearPerGpu = new Dollars(3000), NicPower = new Watts(20) } };

        var network = CostEstimator.Estimate(s).Value.Cost.Breakdown.Single(l => l.Id == "network").PerGpuHour.Value;

        network.ShouldBe((3000 / (3 * 8760 * 0.65)) + (20 / 0.65 / 1000 * 0.07), tolerance: 1e-12);
    }
}
