using InferCost.Units;

namespace InferCost.Economics.Tasks;

/// <summary>One (N, M) pair applied to the task being costed.</summary>
/// <param name="Change">The pair and its net factor N / M.</param>
/// <param name="TaskCostAfter">The task's cost after the change: today's cost x M / N.</param>
public sealed record NetChangeRow(NetChange Change, Dollars TaskCostAfter);
