using InferCost.Units;

namespace InferCost.Analysis;

/// <summary>How far one lever moves the cost: its cheapest and dearest feasible settings.</summary>
/// <param name="Lever">The lever.</param>
/// <param name="Low">The cheapest feasible setting ($/1M output tokens).</param>
/// <param name="High">The dearest feasible setting.</param>
/// <param name="Feasible">How many of the lever's candidates could be estimated.</param>
public sealed record LeverSwing(Lever Lever, LeverEnd Low, LeverEnd High, int Feasible)
{
    /// <summary>The width of the tornado bar: dearest minus cheapest $/1M output tokens.</summary>
    public DollarsPerMillionTokens Span =>
        new(High.Estimate.Cost.PerMillionOutputTokens.Value - Low.Estimate.Cost.PerMillionOutputTokens.Value);
}
