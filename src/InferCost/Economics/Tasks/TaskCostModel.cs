using InferCost.Explain;
using InferCost.Units;
using static InferCost.Explain.DerivationInput;

namespace InferCost.Economics.Tasks;

/// <summary>
/// Essay 003's "total cost per completed task" rather than per token: tokens per task priced at $/1M input and $/1M output
/// separately (a prompt token and a generated token cost very different amounts to produce).
/// </summary>
public static class TaskCostModel
{
    /// <summary>The cost of <paramref name="tokens"/> at <paramref name="price"/> per million.</summary>
    public static Dollars CostOf(double tokens, DollarsPerMillionTokens price) => new(tokens * price.Value / 1e6);

    /// <summary>Tokens per task, and what they cost, recorded step by step in <paramref name="d"/>.</summary>
    public static TaskCost Compute(TaskShape shape, TokenPrices prices, Derivation d)
    {
        d.Section = "Task";
        var inputTokens = d.Step(
            "Input tokens per task", "n_in = in_call x calls x m", Quantity.TokenCount(shape.InputTokensPerTask),
            In("in_call", Quantity.TokenCount(shape.InputTokensPerCall)), In("calls", Quantity.Count(shape.CallsPerTask)), In("m", Quantity.Number(shape.TokenMultiplier)));
        var outputTokens = d.Step(
            "Output tokens per task", "n_out = out_call x calls x m", Quantity.TokenCount(shape.OutputTokensPerTask),
            In("out_call", Quantity.TokenCount(shape.OutputTokensPerCall)), In("calls", Quantity.Count(shape.CallsPerTask)), In("m", Quantity.Number(shape.TokenMultiplier)));
        var input = d.Step(
            "Input cost per task", "$_in = n_in x p_in / 10^6", CostOf(inputTokens, prices.Input),
            In("n_in", Quantity.TokenCount(inputTokens)), In("p_in", prices.Input));
        var output = d.Step(
            "Output cost per task", "$_out = n_out x p_out / 10^6", CostOf(outputTokens, prices.Output),
            In("n_out", Quantity.TokenCount(outputTokens)), In("p_out", prices.Output));
        d.Step("Cost per task", "$_task = $_in + $_out", input + output, In("$_in", input), In("$_out", output));
        return new TaskCost(shape, prices, input, output);
    }
}
