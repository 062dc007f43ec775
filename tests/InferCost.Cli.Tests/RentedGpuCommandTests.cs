using System.Text.Json;

namespace InferCost.Cli.Tests;

/// <summary>Every cost command takes a rented GPU price (--gpu-hour-price) instead of the owner's bottom-up cost.</summary>
public class RentedGpuCommandTests
{
    [Fact]
    public void Estimate_WithGpuHourPrice_PricesRentedGpusAndShowsTheOwnedCostBeside()
    {
        var run = CliRun.Of("estimate", "--gpu-hour-price", "2.5", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var cost = doc.RootElement.GetProperty("cost");
        cost.GetProperty("basis").GetString().ShouldBe("rented");
        cost.GetProperty("rentedUsdPerGpuHour").GetDouble().ShouldBe(2.5);
        cost.GetProperty("usdPerGpuHour").GetDouble().ShouldBe(2.5 / 0.65, tolerance: 1e-12);
        cost.GetProperty("breakdown").GetArrayLength().ShouldBe(1);
        var owned = cost.GetProperty("owned");
        owned.GetProperty("basis").GetString().ShouldBe("owned");
        owned.GetProperty("breakdown").GetArrayLength().ShouldBe(9);
        doc.RootElement.GetProperty("scenario").GetProperty("gpuHourPriceUsd").GetDouble().ShouldBe(2.5);

        var plain = CliRun.Of("estimate", "--format", "json");
        using var plainDoc = JsonDocument.Parse(plain.Out);
        owned.GetProperty("usdPerMillionOutputTokens").GetDouble()
            .ShouldBe(plainDoc.RootElement.GetProperty("cost").GetProperty("usdPerMillionOutputTokens").GetDouble());
    }

    [Fact]
    public void Estimate_WithGpuHourPrice_TableShowsBothCostsAndBothStacks()
    {
        var run = CliRun.Of("estimate", "--gpu-hour-price", "2.5", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Rented price per GPU-hour");
        run.Out.ShouldContain("$/1M output tokens (rented)");
        run.Out.ShouldContain("$/1M output tokens (owned, bottom-up)");
        run.Out.ShouldContain("Cost stack (rented GPUs)");
        run.Out.ShouldContain("Cost stack if the GPUs were owned (bottom-up)");
    }

    [Fact]
    public void Sweep_OverGpuHourPrices_ScalesTheCostWithThePrice()
    {
        var run = CliRun.Of("sweep", "--gpu-hour-price", "1,2,4", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var costs = doc.RootElement.EnumerateArray().Select(p => p.GetProperty("usd_per_1m_output").GetDouble()).ToList();
        costs.Count.ShouldBe(3);
        (costs[1] / costs[0]).ShouldBe(2, tolerance: 1e-12);
        (costs[2] / costs[0]).ShouldBe(4, tolerance: 1e-12);
    }

    [Fact]
    public void Regions_WithRentedGpus_SayTheRentAndCostTheSameEverywhere()
    {
        var run = CliRun.Of("regions", "--gpu-hour-price", "2", "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Rented price per GPU-hour (replaces the owner's cost)");
        var regions = CliRun.Of("regions", "--gpu-hour-price", "2", "--format", "json");
        using var doc = JsonDocument.Parse(regions.Out);
        regions.Out.ShouldNotContain("NaN");
        doc.RootElement.ValueKind.ShouldBe(JsonValueKind.Object);
    }
}
