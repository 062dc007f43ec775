namespace InferCost.Economics.Tasks;

/// <summary>
/// Whether a ticket's published costs agree: the same workflow must imply the same tokens at every price
/// (essay 004: $0.01 at $0.05/1M and $4 at $20/1M both imply 200,000 tokens, 1,000 per call).
/// </summary>
/// <param name="Claim">The published ticket.</param>
/// <param name="Rows">The tokens each (price, cost) pair implies.</param>
public sealed record TicketCheck(TicketClaim Claim, IReadOnlyList<TicketCheckRow> Rows)
{
    // Published costs are rounded; agreement within a part in a million is agreement.
    private const double Tolerance = 1e-6;

    /// <summary>Whether every pair implies the same tokens per task.</summary>
    public bool Consistent => Rows.Count > 0
        && Rows.All(r => Math.Abs(r.TokensPerTask - Rows[0].TokensPerTask) <= Tolerance * Rows[0].TokensPerTask);

    /// <summary>Checks a ticket: tokens per task = cost / price x 10^6 for each published pair.</summary>
    public static TicketCheck Of(TicketClaim claim) => new(
        claim,
        [.. claim.Costs.Select(c =>
        {
            var tokens = c.Cost.Value / c.Price.Value * 1e6;
            return new TicketCheckRow(c, tokens, tokens / claim.CallsPerTask);
        })]);
}
