namespace InferCost.Economics.Tasks;

/// <summary>The tokens one published (price, cost) pair implies.</summary>
/// <param name="Claim">The published pair.</param>
/// <param name="TokensPerTask">cost / price x 10^6.</param>
/// <param name="TokensPerCall">Tokens per task / calls per task.</param>
public sealed record TicketCheckRow(PricedTaskCost Claim, double TokensPerTask, double TokensPerCall);
