using InferCost.Catalog;

namespace InferCost.Economics.Tasks;

/// <summary>Essay 004's support ticket: one workflow of <paramref name="CallsPerTask"/> calls, costed at several prices.</summary>
/// <param name="CallsPerTask">LLM calls per ticket.</param>
/// <param name="Costs">The published cost at each price.</param>
/// <param name="Source">The essay passage.</param>
public sealed record TicketClaim(int CallsPerTask, IReadOnlyList<PricedTaskCost> Costs, SourceRef Source);
