using InferCost.Catalog;

namespace InferCost.Economics.Tasks;

/// <summary>A named task shape from the catalog (data/economics/tasks.yaml): calls per task and the token multiplier.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">What it stands for.</param>
/// <param name="CallsPerTask">LLM calls per task.</param>
/// <param name="TokenMultiplier">Multiplier on the task's tokens.</param>
/// <param name="Source">The essay passage it comes from.</param>
public sealed record TaskShapePreset(string Id, string Name, int CallsPerTask, double TokenMultiplier, SourceRef Source);
