namespace InferCost.Economics.Market;

/// <summary>
/// The market tier an API price belongs to (the rule is in data/market/SOURCES.md): frontier is a provider's flagship
/// line (OpenAI GPT-3/4/4o/4.1/5, Anthropic Sonnet and Opus, Google Gemini Pro); commodity is a low-cost line (mini,
/// nano, Flash, Haiku, GPT-3.5 Turbo) or an open-weight model sold by its developer at open-weight rates (DeepSeek).
/// </summary>
public enum PriceTier
{
    /// <summary>A provider's flagship line.</summary>
    Frontier,

    /// <summary>A low-cost line, or open weights at open-weight rates.</summary>
    Commodity,
}
