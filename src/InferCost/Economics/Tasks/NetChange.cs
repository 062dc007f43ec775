using InferCost.Catalog;
using InferCost.Economics.Checks;
using InferCost.Results;

namespace InferCost.Economics.Tasks;

/// <summary>
/// The net change in cost per task when the per-token price falls <paramref name="PriceDrop"/> times while tokens per task
/// rise <paramref name="TokenGrowth"/> times: the task gets <see cref="Net"/> = N / M times cheaper (essay 003: 1000x
/// cheaper per token x 50x more tokens = 20x cheaper per task).
/// </summary>
/// <param name="Label">What the pair stands for ("reasoning (essay 003)", "yours").</param>
/// <param name="PriceDrop">N: how many times cheaper a token becomes.</param>
/// <param name="TokenGrowth">M: how many times more tokens a task takes.</param>
/// <param name="Source">Where the pair comes from; null for one the user gave.</param>
public sealed record NetChange(string Label, double PriceDrop, double TokenGrowth, SourceRef? Source = null)
{
    /// <summary>How many times cheaper a task becomes: N / M (below 1: dearer).</summary>
    public double Net => PriceDrop / TokenGrowth;

    /// <summary>What a task costs afterwards per dollar it costs now: M / N.</summary>
    public double CostFactor => TokenGrowth / PriceDrop;

    /// <summary>A checked pair (each factor in <see cref="TaskFields.FactorRange"/>).</summary>
    public static Result<NetChange> Of(string label, double priceDrop, double tokenGrowth, SourceRef? source = null) =>
        RateCheck.Collect(
            [
                RateCheck.Check(TaskFields.PriceDrop, priceDrop, TaskFields.FactorRange, "x"),
                RateCheck.Check(TaskFields.TokenGrowth, tokenGrowth, TaskFields.FactorRange, "x"),
            ],
            () => new NetChange(label, priceDrop, tokenGrowth, source));
}
