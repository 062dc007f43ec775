using InferCost.Economics.Checks;
using InferCost.Results;

namespace InferCost.Economics.Tasks;

/// <summary>
/// What one completed task consumes: tokens per LLM call (the scenario's request), calls per task, and a reasoning/agentic
/// multiplier on the task's tokens (essay 003: 10-100x more tokens per task than simple chat), applied to input and output alike.
/// </summary>
/// <param name="InputTokensPerCall">Prompt tokens per call.</param>
/// <param name="OutputTokensPerCall">Generated tokens per call.</param>
/// <param name="CallsPerTask">LLM calls per completed task.</param>
/// <param name="TokenMultiplier">Multiplier on the task's tokens.</param>
public sealed record TaskShape(double InputTokensPerCall, double OutputTokensPerCall, int CallsPerTask, double TokenMultiplier)
{
    /// <summary>Input tokens per task: input per call x calls x multiplier.</summary>
    public double InputTokensPerTask => InputTokensPerCall * CallsPerTask * TokenMultiplier;

    /// <summary>Output tokens per task: output per call x calls x multiplier.</summary>
    public double OutputTokensPerTask => OutputTokensPerCall * CallsPerTask * TokenMultiplier;

    /// <summary>Input and output tokens per completed task.</summary>
    public double TokensPerTask => InputTokensPerTask + OutputTokensPerTask;

    /// <summary>
    /// A checked shape (the token counts per call come from a validated scenario; calls and the multiplier are checked here).
    /// </summary>
    public static Result<TaskShape> Create(int inputTokensPerCall, int outputTokensPerCall, double callsPerTask, double tokenMultiplier) =>
        RateCheck.Collect(
            [
                RateCheck.CheckWhole(TaskFields.Calls, callsPerTask, TaskFields.CallsRange, "calls"),
                RateCheck.Check(TaskFields.Multiplier, tokenMultiplier, TaskFields.MultiplierRange, ""),
            ],
            () => new TaskShape(inputTokensPerCall, outputTokensPerCall, (int)callsPerTask, tokenMultiplier));
}
