namespace InferCost.Catalog;

/// <summary>What a cost-stack reduction rate and share may be, in the catalog and in a run's overrides.</summary>
public static class CostStackLimits
{
    /// <summary>
    /// The lowest reduction rate per generation: 0.5 = the component's cost doubles each generation. Below 1 is allowed
    /// (a cost may rise: power per rack has), but not below a doubling, which no component of the essay's stack has done.
    /// </summary>
    public const double MinRate = 0.5;

    /// <summary>The highest: 10x cheaper per generation, beyond the essay's fastest (compute, 3-4x).</summary>
    public const double MaxRate = 10;

    /// <summary>How far today's shares may sum from 1 (the essay's are rounded to whole percents).</summary>
    public const double ShareSumTolerance = 0.005;
}
