namespace InferCost.Fidelity;

/// <summary>The engine's prediction for one case, or why it cannot predict it.</summary>
/// <param name="Case">The case.</param>
/// <param name="Predicted">The predicted value, in the metric's unit; null when unsupported.</param>
/// <param name="Reason">Why the case is unsupported; null when supported.</param>
/// <param name="Simulated">
/// Whether the serving simulator predicted it (a serving case: a request rate, a stated number of requests, or TTFT under
/// load) rather than the analytic steady state; reports keep the two apart.
/// </param>
public sealed record CasePrediction(BenchmarkCase Case, double? Predicted, string? Reason, bool Simulated = false)
{
    /// <summary>Whether the engine predicted the case.</summary>
    public bool Supported => Predicted is not null;

    /// <summary>Signed error in percent: (predicted - measured) / measured x 100.</summary>
    public double? ErrorPercent => Predicted is { } p ? (p - Case.Value) / Case.Value * 100 : null;

    /// <summary>Log error ln(predicted / measured), what calibration minimises.</summary>
    public double? LogError => Predicted is { } p && p > 0 ? Math.Log(p / Case.Value) : null;
}
