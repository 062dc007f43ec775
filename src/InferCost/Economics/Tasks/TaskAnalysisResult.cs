using InferCost.Explain;

namespace InferCost.Economics.Tasks;

/// <summary>The cost per completed task, the net change per task for each (N, M) pair, and essay 004's ticket check.</summary>
/// <param name="Cost">Tokens and dollars per task.</param>
/// <param name="NetChanges">The pairs (the user's first, then the essays').</param>
/// <param name="Ticket">Essay 004's ticket arithmetic.</param>
/// <param name="Steps">The recorded derivation (empty when not recording).</param>
public sealed record TaskAnalysisResult(TaskCost Cost, IReadOnlyList<NetChangeRow> NetChanges, TicketCheck Ticket, IReadOnlyList<DerivationStep> Steps);
