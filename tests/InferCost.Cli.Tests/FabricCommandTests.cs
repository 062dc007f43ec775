using System.Text.Json;

namespace InferCost.Cli.Tests;

/// <summary>--fabric picks the scale-out fabric: its gear is the network default, explicit flags still win, and the catalog lists it.</summary>
public class FabricCommandTests
{
    [Fact]
    public void Estimate_Fabric_IsEchoedAndItsGearPricesTheNetworkLayer()
    {
        var run = CliRun.Of("estimate", "--fabric", "ethernet-400", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("scenario").GetProperty("fabric").GetString().ShouldBe("ethernet-400");
        var network = doc.RootElement.GetProperty("cost").GetProperty("breakdown").EnumerateArray().Single(l => l.GetProperty("component").GetString() == "network");
        // $1,846.74 / (3 x 8,760 h x 0.65) + 25.5 W / 0.65 x $0.07/kWh.
        network.GetProperty("usdPerGpuHour").GetDouble().ShouldBe((1846.74 / (3 * 8760 * 0.65)) + (25.5 / 0.65 / 1000 * 0.07), tolerance: 1e-12);
    }

    [Fact]
    public void Estimate_ExplicitNetworkCapexAndNicPower_BeatTheFabricsGear()
    {
        var run = CliRun.Of("estimate", "--fabric", "ib-xdr-800", "--network-capex", "3000", "--nic-power", "20", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var network = doc.RootElement.GetProperty("cost").GetProperty("breakdown").EnumerateArray().Single(l => l.GetProperty("component").GetString() == "network");
        network.GetProperty("usdPerGpuHour").GetDouble().ShouldBe((3000 / (3 * 8760 * 0.65)) + (20 / 0.65 / 1000 * 0.07), tolerance: 1e-12);
    }

    [Fact]
    public void Estimate_Explain_RecordsTheNetworkEnergySteps()
    {
        var run = CliRun.Of("estimate", "--tp", "8", "--explain", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Network energy per decode step per GPU (outside the board: nvlink4-nvswitch-hgx, ib-ndr-400)");
        run.Out.ShouldContain("Network energy per output token");
        run.Out.ShouldContain("`C_net,energy = P_net x price x PUE`");
        run.Out.ShouldContain("Network (gear: nvlink4-nvswitch-hgx + ib-ndr-400)");
    }

    [Fact]
    public void Catalog_ShowsAFabricWithItsSources()
    {
        var run = CliRun.Of("catalog", "ib-ndr-400", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Energy per bit sent, outside the GPU board (pJ/bit)");
        run.Out.ShouldContain("H100 Freakonomics");
    }
}
