using InferCost.Estimation;

namespace InferCost.Analysis;

/// <summary>One end of a lever's swing: the setting and its estimate.</summary>
/// <param name="Setting">The setting at this end.</param>
/// <param name="Estimate">The estimate of the base scenario moved to it.</param>
/// <param name="RelativeToBase">$/1M output tokens / the base scenario's (1 = no change).</param>
public sealed record LeverEnd(LeverSetting Setting, Estimate Estimate, double RelativeToBase)
{
    /// <summary>The change in $/1M output tokens from the base, as a fraction (-0.25 = 25% cheaper).</summary>
    public double ChangeVsBase => RelativeToBase - 1;
}
