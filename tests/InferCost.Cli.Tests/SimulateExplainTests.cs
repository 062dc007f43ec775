using System.Text.Json.Nodes;

namespace InferCost.Cli.Tests;

/// <summary>
/// simulate and slo --explain: text prints the derivation after the report, JSON carries it as a table; every figure
/// the report prints is a step's result (or input), the same number.
/// </summary>
public class SimulateExplainTests
{
    private static readonly string[] Simulate = ["simulate", "--tp", "8", "--rate", "10", "--lengths-from", "azure-conv", "--requests", "600", "--slo", "ttft_p90=1s,tpot_p99=50ms", "--explain"];
    private static readonly string[] Slo = ["slo", "--tp", "8", "--slo", "ttft_p90=1s,tpot_p99=100ms", "--requests", "400", "--explain"];

    private static JsonArray Table(JsonNode report, string title) =>
        report["tables"]!.AsArray().Single(t => t!["title"]!.GetValue<string>().StartsWith(title, StringComparison.Ordinal))!["rows"]!.AsArray();

    private static List<(string Section, string Step, double Result)> Derivation(JsonNode report) =>
        [.. Table(report, "Derivation").Select(r => (r!["Section"]!.GetValue<string>(), r["Step"]!.GetValue<string>(), r["Result"]!["value"]!.GetValue<double>()))];

    [Fact]
    public void Simulate_ExplainJson_EveryNumberOfTheResultsIsAStepsResult()
    {
        var run = CliRun.Of([.. Simulate, "--format", "json"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var report = JsonNode.Parse(run.Out)!;
        var results = Derivation(report).Select(d => d.Result).ToList();
        var numbers = report["sections"]!["Results"]!.AsObject().Where(kv => kv.Value is JsonObject).ToList();
        numbers.Count.ShouldBeGreaterThanOrEqualTo(9);
        foreach (var (label, value) in numbers)
        {
            var v = value!["value"]!.GetValue<double>();
            results.ShouldContain(r => r == v, $"{label} = {v} is not the result of a step");
        }
    }

    [Fact]
    public void Simulate_ExplainMarkdown_EveryFigureOfTheTablesAppearsInTheDerivation()
    {
        var run = CliRun.Of([.. Simulate, "--format", "markdown"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var parts = run.Out.Split("# Derivation");
        parts.Length.ShouldBe(2);
        var derivation = parts[1];
        derivation.ShouldContain("## Simulation");
        derivation.ShouldContain("Little's law");
        // The latency and by-load tables: each figure is formatted from a step's result or input, so it reads the same there.
        foreach (var table in new[] { "## Latency", "## By offered load" })
        {
            var rows = parts[0][parts[0].IndexOf(table, StringComparison.Ordinal)..].Split('\n').Skip(4).TakeWhile(l => l.StartsWith('|'));
            foreach (var cell in rows.SelectMany(l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Skip(1)))
            {
                derivation.ShouldContain($"= {cell}", customMessage: $"{table}: {cell}");
            }
        }
    }

    [Fact]
    public void Simulate_WithoutExplain_PrintsNoDerivation()
    {
        var run = CliRun.Of([.. Simulate[..^1], "--format", "json"]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldNotContain("Derivation");
    }

    [Fact]
    public void Simulate_OverTime_TenSpansInText_EverySliceInJson()
    {
        var markdown = CliRun.Of([.. Simulate[..^1], "--format", "markdown"]);
        var json = CliRun.Of([.. Simulate[..^1], "--format", "json"]);

        markdown.ExitCode.ShouldBe(0, markdown.Error);
        var rows = markdown.Out[markdown.Out.IndexOf("## Over time", StringComparison.Ordinal)..].Split('\n').Skip(4).TakeWhile(l => l.StartsWith('|')).ToList();
        rows.Count.ShouldBe(10);
        var slices = Table(JsonNode.Parse(json.Out)!, "Over time");
        slices.Count.ShouldBeGreaterThan(100);
        slices.Count.ShouldBeLessThanOrEqualTo(512);
        // Every slice follows the last; the last ends at the run's end.
        for (var i = 1; i < slices.Count; i++)
        {
            slices[i]!["From"]!["value"]!.GetValue<double>().ShouldBe(slices[i - 1]!["To"]!["value"]!.GetValue<double>());
        }

        var duration = JsonNode.Parse(json.Out)!["sections"]!["Results"]!["Duration (first request to last token)"]!["value"]!.GetValue<double>();
        slices[^1]!["To"]!["value"]!.GetValue<double>().ShouldBe(duration, tolerance: 1e-9 * duration);
    }

    [Fact]
    public void Slo_ExplainJson_TheCostPrintedIsTheCostRecorded()
    {
        var run = CliRun.Of([.. Slo, "--format", "json"]);

        run.ExitCode.ShouldBe(0, run.Error);
        var report = JsonNode.Parse(run.Out)!;
        var steps = Derivation(report);
        var best = report["sections"]!["Highest rate within the service level"]!;
        double Printed(string label) => best[label]!["value"]!.GetValue<double>();
        double Step(string section, string name) => steps.Single(s => s.Section == section && s.Step == name).Result;
        const string At = "At the highest rate within the service level";

        Printed("$/1M output tokens").ShouldBe(Step(At, "$/1M output tokens"));
        Printed("$/1M input tokens").ShouldBe(Step(At, "$/1M input tokens"));
        Printed("Board power per GPU (busy passes and idle gaps)").ShouldBe(Step(At, "Mean board power per GPU"));
        Printed("GPU time owed to output tokens").ShouldBe(Step(At, "GPU time owed to output tokens"));
        Printed("Requests/s (whole deployment)").ShouldBe(Step("Search", "Bracket: highest rate meeting the objective"));
        Printed("Cost per productive GPU-hour").ShouldBe(steps.First(s => s.Section == "Cost per GPU-hour" && s.Step == "Cost per productive GPU-hour").Result);
        var simulations = steps.Count(s => s.Section == "Search" && s.Step.StartsWith("Simulation ", StringComparison.Ordinal));
        simulations.ShouldBe((int)report["sections"]!["Search"]!["Simulations run"]!["value"]!.GetValue<double>());
        report["sections"]!["The cost of the service level"]!["TTFT tax (the service level's $/1M output over the optimal, minus 1)"]!["value"]!.GetValue<double>()
            .ShouldBe(Step("The cost of the service level", "TTFT tax"));
    }

    [Fact]
    public void Slo_ExplainText_PrintsTheSearchAfterTheReport()
    {
        var run = CliRun.Of(Slo);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.IndexOf("# Derivation", StringComparison.Ordinal).ShouldBeGreaterThan(run.Out.IndexOf("TTFT tax", StringComparison.Ordinal));
        run.Out.ShouldContain("## Search");
        run.Out.ShouldContain("**Simulation 1: meets the objective**");
        run.Out.ShouldContain("**Bracket: highest rate meeting the objective**");
        run.Out.ShouldContain("## Cost per GPU-hour");
    }
}
