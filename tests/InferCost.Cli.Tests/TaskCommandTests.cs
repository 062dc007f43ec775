using System.Text.Json.Nodes;

namespace InferCost.Cli.Tests;

public class TaskCommandTests
{
    [Fact]
    public void Task_ListPrices_Essay004Ticket_CostsOneCent()
    {
        // 200 calls x (800 + 200) tokens = 200,000 tokens at $0.05 per 1M = $0.01 (essay 004).
        var run = CliRun.Of("task", "--input-price", "0.05", "--output-price", "0.05", "--input", "800", "--output", "200", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonNode.Parse(run.Out)!;
        json["sections"]!["Prices"]!["Basis"]!.GetValue<string>().ShouldBe("list prices given");
        var total = json["tables"]!.AsArray()[0]!["rows"]!.AsArray()[2]!;
        total["Cost per task"]!["value"]!.GetValue<double>().ShouldBe(0.01, 1e-12);
        total["Tokens per task"]!["value"]!.GetValue<double>().ShouldBe(200_000);
    }

    [Fact]
    public void Task_Json_HasTheSectionsAndTablesItDocuments()
    {
        var run = CliRun.Of("task", "--format", "json", "--price-drop", "1000", "--token-growth", "50");
        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonNode.Parse(run.Out)!;
        json["sections"]!.AsObject().Select(p => p.Key).ShouldBe(["Scenario", "Task", "Prices", "Essay 004 check"]);
        json["sections"]!["Prices"]!["Basis"]!.GetValue<string>().ShouldStartWith("bottom-up");
        var tables = json["tables"]!.AsArray();
        tables.Count.ShouldBe(3);
        var net = tables[1]!["rows"]!.AsArray();
        net[0]!["Pair"]!.GetValue<string>().ShouldBe("yours");
        net.Select(r => r!["Net (x cheaper per task)"]!["value"]!.GetValue<double>()).ShouldBe([20, 20, 10, 100], tolerance: 1e-12);
        tables[2]!["rows"]!.AsArray().ShouldAllBe(r => Math.Abs(r!["Tokens per ticket"]!["value"]!.GetValue<double>() - 200_000) < 1e-6);
    }

    [Theory]
    [InlineData("--calls", "0", "--calls")]
    [InlineData("--calls", "-3", "--calls")]
    [InlineData("--calls", "2.5", "--calls")]
    [InlineData("--multiplier", "0", "--multiplier")]
    [InlineData("--multiplier", "NaN", "--multiplier")]
    [InlineData("--price-drop", "-1", "--price-drop")]
    [InlineData("--token-growth", "0", "--token-growth")]
    [InlineData("--task", "nope", "--task")]
    public void Task_BadValue_Exit2NamesTheFlagNoStackTrace(string flag, string value, string named)
    {
        var run = CliRun.Of("task", flag, value);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(named + ":");
        run.ShouldHaveNoStackTrace();
    }

    [Theory]
    [InlineData("0", "1", "--input-price")]
    [InlineData("1", "-1", "--output-price")]
    [InlineData("NaN", "1", "--input-price")]
    [InlineData("1", "1e9", "--output-price")]
    public void Task_BadListPrice_Exit2NamesTheFlag(string input, string output, string named)
    {
        var run = CliRun.Of("task", "--input-price", input, "--output-price", output);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(named + ":");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Task_OneListPriceOnly_AsksForBoth()
    {
        var run = CliRun.Of("task", "--input-price", "3");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--output-price");
        run.Error.ShouldContain("pairs");
    }

    [Fact]
    public void Task_NotANumber_IsAUsageError()
    {
        var run = CliRun.Of("task", "--calls", "many");
        run.ExitCode.ShouldBe(2);
        run.ShouldHaveNoStackTrace();
    }
}
