using InferCost.Units;

namespace InferCost.Economics.Tasks;

/// <summary>What one completed task costs: its tokens and their price, input and output apart.</summary>
/// <param name="Shape">The task's shape.</param>
/// <param name="Prices">The per-token prices it was costed at.</param>
/// <param name="InputCost">Input tokens per task x $/1M input / 10^6.</param>
/// <param name="OutputCost">Output tokens per task x $/1M output / 10^6.</param>
public sealed record TaskCost(TaskShape Shape, TokenPrices Prices, Dollars InputCost, Dollars OutputCost)
{
    /// <summary>The task's total cost.</summary>
    public Dollars Total => InputCost + OutputCost;

    /// <summary>The output tokens' share of the total (0 when the task costs nothing).</summary>
    public double OutputShare => Total.Value > 0 ? OutputCost / Total : 0;

    /// <summary>Input tokens' share of the task's cost: the rest of it after the output's.</summary>
    public double InputShare => 1 - OutputShare;

    /// <summary>The whole task's share of its cost: 1, or 0 when it costs nothing.</summary>
    public double TotalShare => Total.Value > 0 ? 1 : 0;
}
