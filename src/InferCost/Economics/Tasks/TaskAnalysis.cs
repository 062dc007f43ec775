using InferCost.Explain;

namespace InferCost.Economics.Tasks;

/// <summary>
/// Essays 003 and 004 as a tool: what a completed task costs at the given per-token prices, how the per-task cost moves
/// when the per-token price falls N x while tokens per task rise M x (net N / M), and whether essay 004's ticket adds up.
/// </summary>
public static class TaskAnalysis
{
    /// <summary>Costs the task and applies every pair to it.</summary>
    public static TaskAnalysisResult Run(TaskShape shape, TokenPrices prices, IReadOnlyList<NetChange> pairs, TicketClaim ticket, Derivation d)
    {
        var cost = TaskCostModel.Compute(shape, prices, d);
        var rows = pairs.Select(p => new NetChangeRow(p, cost.Total * p.CostFactor)).ToList();
        return new TaskAnalysisResult(cost, rows, TicketCheck.Of(ticket), d.Steps);
    }
}
