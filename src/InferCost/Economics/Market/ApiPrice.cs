using InferCost.Units;

namespace InferCost.Economics.Market;

/// <summary>One published API list price: what a provider charged for a model from a date on.</summary>
/// <param name="Date">When the price took effect (a month-only date in the table means its first day).</param>
/// <param name="Provider">Who sells it (OpenAI, Anthropic, Google, DeepSeek, ...).</param>
/// <param name="Model">The model id as the provider names it.</param>
/// <param name="Tier">Frontier or commodity (see <see cref="PriceTier"/>).</param>
/// <param name="Input">List price per 1M input tokens (standard tier, no cache or batch discount).</param>
/// <param name="Output">List price per 1M output tokens.</param>
/// <param name="Source">Where the price was published (URL or document).</param>
/// <param name="Note">What the source says, and anything a reader should know.</param>
public sealed record ApiPrice(
    DateOnly Date,
    string Provider,
    string Model,
    PriceTier Tier,
    DollarsPerMillionTokens Input,
    DollarsPerMillionTokens Output,
    string Source,
    string Note)
{
    /// <summary>The price of <paramref name="metric"/>.</summary>
    public DollarsPerMillionTokens Price(PriceMetric metric) => metric == PriceMetric.Output ? Output : Input;
}
