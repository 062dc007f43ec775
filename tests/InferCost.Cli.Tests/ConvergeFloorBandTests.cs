using System.Text.Json;

namespace InferCost.Cli.Tests;

/// <summary>Without --floor, converge projects the list prices to the physical floor that infercost floor computes for the scenario.</summary>
public class ConvergeFloorBandTests
{
    private static JsonElement Json(params string[] args)
    {
        var run = CliRun.Of([.. args, "--format", "json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    [Theory]
    [InlineData]
    [InlineData("--gpu", "b200", "--weights", "fp4", "--floor-power-price", "0.08")]
    public void Converge_NoFloorFlag_TakesTheFloorsBandForTheSameScenario(params string[] scenario)
    {
        var floor = Json(["floor", .. scenario]).GetProperty("tables")[1].GetProperty("rows");
        var settings = Json(["converge", .. scenario]).GetProperty("sections").GetProperty("Settings");

        settings.GetProperty("Floor band low").GetProperty("value").GetDouble().ShouldBe(floor[0].GetProperty("$/1M output").GetProperty("value").GetDouble());
        settings.GetProperty("Floor band high").GetProperty("value").GetDouble().ShouldBe(floor[1].GetProperty("$/1M output").GetProperty("value").GetDouble());
        settings.GetProperty("Floor band source").GetString()!.ShouldStartWith("infercost floor of llama-3.1-70b");
    }

    [Fact]
    public void Converge_FloorFlag_OverridesTheComputedBand() =>
        Json("converge", "--floor", "0.015..0.025").GetProperty("sections").GetProperty("Settings")
            .GetProperty("Floor band low").GetProperty("value").GetDouble().ShouldBe(0.015);

    [Fact]
    public void Converge_ScenarioThatDoesNotFit_SaysWhyWithExitTwo()
    {
        var run = CliRun.Of("converge", "--model", "llama-3.1-405b", "--weights", "fp16");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Converge_BadFloorInput_NamesTheFlag()
    {
        var run = CliRun.Of("converge", "--floor-utilisation", "0");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--floor-utilisation");
    }
}
