using InferCost.Explain;
using InferCost.Performance;
using InferCost.Scenarios;

namespace InferCost.Estimation;

/// <summary>Everything an estimate computed, with the derivation that computed it.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Model">Model figures.</param>
/// <param name="Memory">Memory per GPU and the batch used.</param>
/// <param name="Decode">The decode step.</param>
/// <param name="Prefill">The steady-state prefill of a batch of prompts.</param>
/// <param name="FirstTokenPrefill">The prefill of one prompt alone (time to first token).</param>
/// <param name="Latency">Per-request latency (a disaggregated deployment's when the scenario has pools).</param>
/// <param name="Throughput">Token rates (a disaggregated deployment's when the scenario has pools).</param>
/// <param name="Energy">Power and energy.</param>
/// <param name="Cost">Cost (each pool's GPUs against its own tokens when the scenario has pools).</param>
/// <param name="Steps">The derivation, in order (empty when recording was off).</param>
/// <param name="Warnings">Remarks on the result.</param>
public sealed record Estimate(
    Scenario Scenario,
    ModelFigures Model,
    MemoryPlan Memory,
    DecodeStep Decode,
    PrefillPass Prefill,
    PrefillPass FirstTokenPrefill,
    LatencyFigures Latency,
    ThroughputFigures Throughput,
    EnergyFigures Energy,
    CostFigures Cost,
    IReadOnlyList<DerivationStep> Steps,
    IReadOnlyList<EstimateWarning> Warnings)
{
    /// <summary>
    /// How far to trust the estimate, when it was assessed against the catalog's calibration
    /// (<c>InferCost.Fidelity.ConfidenceRule</c>; the estimator sees only the scenario, not the catalog's calibration).
    /// </summary>
    public EstimateConfidence? Confidence { get; init; }

    /// <summary>The disaggregated prefill/decode deployment, when the scenario asks for one (<c>DisaggregatedEstimator</c>).</summary>
    public DisaggregatedFigures? Disaggregated { get; init; }
}
