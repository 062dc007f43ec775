using InferCost.Scenarios.Fields;

namespace InferCost.Economics.Tasks;

/// <summary>The inputs of the cost-per-task analysis a user can override: canonical ids (errors name them) and allowed ranges with reasons.</summary>
public static class TaskFields
{
    /// <summary>The task shape's id (a catalog shape).</summary>
    public const string Shape = "task";

    /// <summary>LLM calls per completed task.</summary>
    public const string Calls = "calls";

    /// <summary>The reasoning/agentic multiplier on tokens per task.</summary>
    public const string Multiplier = "multiplier";

    /// <summary>List price per 1M input tokens.</summary>
    public const string InputPrice = "input-price";

    /// <summary>List price per 1M output tokens.</summary>
    public const string OutputPrice = "output-price";

    /// <summary>How many times cheaper the per-token price becomes (N).</summary>
    public const string PriceDrop = "price-drop";

    /// <summary>How many times more tokens a task takes (M).</summary>
    public const string TokenGrowth = "token-growth";

    /// <summary>Calls per task.</summary>
    public static FieldRange CallsRange { get; } = new(1, 1_000_000, "a task makes at least one call; a million is 5,000 times essay 004's 200-call support ticket");

    /// <summary>Token multiplier.</summary>
    public static FieldRange MultiplierRange { get; } = new(0.01, 10_000, "tokens per task over the calls' own tokens; below 1 a task uses fewer, essay 003's reasoning and agentic range is 10 to 100, and 10,000 is 100 times its top");

    /// <summary>A list price per 1M tokens.</summary>
    public static FieldRange PriceRange { get; } = new(0.0001, 10_000, "a token that costs nothing makes every task free; $10,000 per 1M is a cent a token, 500 times the essays' dearest price ($20 per 1M in 2022)");

    /// <summary>A factor by which the per-token price falls, or tokens per task grow.</summary>
    public static FieldRange FactorRange { get; } = new(0.001, 1e9, "a factor of change: 1 = unchanged, below 1 the quantity moved the other way; 10^9 is a million times the essays' 1,000x");
}
