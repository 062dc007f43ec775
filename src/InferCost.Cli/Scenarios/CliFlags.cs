using InferCost.Scenarios.Fields;

namespace InferCost.Cli.Scenarios;

/// <summary>The CLI's spelling of a scenario field: its flag, "--" + the canonical id (power-price: --power-price).</summary>
internal static class CliFlags
{
    /// <summary>The flag that sets <paramref name="field"/>.</summary>
    public static string Of(ScenarioField field) => "--" + field.Id;
}
