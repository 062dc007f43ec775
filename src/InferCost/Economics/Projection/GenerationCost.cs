using InferCost.Catalog;
using InferCost.Estimation;
using InferCost.Performance;
using InferCost.Scenarios;

namespace InferCost.Economics.Projection;

/// <summary>The scenario on one hardware generation.</summary>
/// <param name="Generation">The generation.</param>
/// <param name="Scenario">The scenario on its accelerator (at its price unless the run fixed one).</param>
/// <param name="Fit">The memory decision at the scenario's batch.</param>
/// <param name="Estimate">The estimate at the scenario's batch; null when it does not fit (see <paramref name="WhyNot"/>).</param>
/// <param name="Utilisation">Decode compute utilisation at the scenario's batch; null when it does not fit.</param>
/// <param name="UtilisationAtBatchOne">Decode compute utilisation of one request alone; null when not even one fits.</param>
/// <param name="WhyNot">Why the scenario cannot be served on this generation, in the engine's one wording; empty when it can.</param>
public sealed record GenerationCost(
    Generation Generation,
    Scenario Scenario,
    MemoryFit Fit,
    Estimate? Estimate,
    DecodeUtilisation? Utilisation,
    DecodeUtilisation? UtilisationAtBatchOne,
    string WhyNot)
{
    /// <summary>$/1M output tokens over the previous generation's, when both can serve the scenario; null otherwise.</summary>
    public double? RelativeToPrevious { get; init; }
}
