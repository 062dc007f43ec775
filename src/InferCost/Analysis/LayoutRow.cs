using InferCost.Deployment;
using InferCost.Estimation;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Analysis;

/// <summary>One layout of a deployment: its estimate where it is served, or the engine's reasons where it is not.</summary>
/// <param name="Layout">The layout (one replica).</param>
/// <param name="Estimate">The estimate at the scenario's batch; null when the layout cannot serve it.</param>
/// <param name="Reasons">Why the engine cannot serve it (memory, batch); empty when it can.</param>
public sealed record LayoutRow(ParallelLayout Layout, Estimate? Estimate, IReadOnlyList<InputError> Reasons)
{
    /// <summary>Whether the layout serves the scenario.</summary>
    public bool Fits => Estimate is not null;

    /// <summary>$/1M output tokens over the deployment's cheapest layout (1 = cheapest); null when it does not fit.</summary>
    public double? RelativeToCheapest { get; init; }

    /// <summary>Output tokens per second per GPU averaged over prefill and decode (steady output rate / GPUs); null when it does not fit.</summary>
    public TokensPerSecond? SteadyOutputTokensPerSecondPerGpu =>
        Estimate is { } e ? e.Throughput.SteadyOutputTokensPerSecond / e.Scenario.Gpus : null;
}
