using InferCost.Reporting.Scenarios;
using InferCost.Scenarios;
using InferCost.Scenarios.Fields;

namespace InferCost.Cli.Tests;

/// <summary>The scenario files shipped in examples/essay-001-8.2, resolved as the CLI resolves them.</summary>
internal static class ExampleScenarios
{
    public static string Folder => Path.Combine(RepositoryFiles.Root, "examples", "essay-001-8.2");

    /// <summary>The five files, in the essay's order.</summary>
    public static string[] Files { get; } =
        [.. new[] { "b1-fp16", "b8-fp16", "b64-fp8", "b128-fp4", "ctx128k-b16-fp8" }.Select(n => Path.Combine(Folder, n + ".yaml"))];

    /// <summary>The file's scenario, optionally with flags laid over it (e.g. ("tp", "1")).</summary>
    public static Scenario Resolve(string path, params (string Flag, string Value)[] flags)
    {
        var input = new ScenarioInput();
        ScenarioFileReader.Read(path, input).ShouldBeEmpty();
        foreach (var (flag, value) in flags)
        {
            input.SetFromFlag(ScenarioFields.Find(flag)!, new ScenarioValue(value, "--" + flag));
        }

        var scenario = ScenarioResolver.Resolve(input, DefaultScenario.Catalog);
        scenario.Succeeded.ShouldBeTrue(string.Join("; ", scenario.Errors));
        return scenario.Value;
    }
}
