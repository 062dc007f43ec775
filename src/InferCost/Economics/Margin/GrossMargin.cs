using InferCost.Units;

namespace InferCost.Economics.Margin;

/// <summary>
/// What a seller keeps of a list price over a cost: the gross margin, (price - cost) / price, negative when the cost is
/// above the price (a loss on every token), and the markup, price / cost (essay 001 section 8's "17x margin" is a markup).
/// </summary>
/// <param name="Price">The list price per 1M tokens.</param>
/// <param name="Cost">The cost per 1M tokens.</param>
public readonly record struct GrossMargin(DollarsPerMillionTokens Price, DollarsPerMillionTokens Cost)
{
    /// <summary>(price - cost) / price: the share of revenue left after the cost.</summary>
    public double Share => (Price - Cost) / Price;

    /// <summary>price / cost: how many times the cost the price is.</summary>
    public double Markup => Price / Cost;

    /// <summary>Price minus cost, per 1M tokens.</summary>
    public DollarsPerMillionTokens PerMillion => Price - Cost;
}
