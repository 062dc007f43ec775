using System.Collections.Immutable;
using InferCost.Economics.Checks;

namespace InferCost.Economics.Tasks;

/// <summary>The catalog's task economics (data/economics/tasks.yaml): task shapes, the essays' net-change pairs and essay 004's ticket.</summary>
/// <param name="Shapes">Task shapes by id.</param>
/// <param name="DefaultShape">The shape used when none is named.</param>
/// <param name="NetChanges">The essays' (price drop, token growth) pairs.</param>
/// <param name="Ticket">Essay 004's support ticket at two prices.</param>
public sealed record TaskCatalog(
    ImmutableSortedDictionary<string, TaskShapePreset> Shapes,
    TaskShapePreset DefaultShape,
    IReadOnlyList<NetChange> NetChanges,
    TicketClaim Ticket)
{
    /// <summary>The catalog file, relative to the catalog root.</summary>
    public const string File = "economics/tasks.yaml";

    /// <summary>The shape of id <paramref name="id"/>, or an error listing the known ones.</summary>
    public Results.Result<TaskShapePreset> FindShape(string id) =>
        Shapes.TryGetValue(id.Trim().ToLowerInvariant(), out var shape)
            ? Results.Result.Ok(shape)
            : Results.Result.Fail<TaskShapePreset>(RateCheck.Source, TaskFields.Shape, $"unknown task shape '{id}'; known: {string.Join(", ", Shapes.Keys)}.", "unknown-task-shape");
}
