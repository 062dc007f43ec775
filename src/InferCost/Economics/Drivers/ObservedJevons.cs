namespace InferCost.Economics.Drivers;

/// <summary>
/// An observed episode of Jevons' paradox: the unit price fell <paramref name="PriceDrop"/> times while total spend grew
/// <paramref name="SpendGrowth"/> times, so token volume grew their product (essays 003/004: 1,000x cheaper, 4.5x the
/// spend, ~4,500x the tokens).
/// </summary>
/// <param name="PriceDrop">How many times cheaper a token became.</param>
/// <param name="SpendGrowth">Spend after over spend before.</param>
public sealed record ObservedJevons(double PriceDrop, double SpendGrowth)
{
    /// <summary>Tokens after over tokens before: spend growth x price drop (spend = tokens x price).</summary>
    public double TokenGrowth => SpendGrowth * PriceDrop;

    /// <summary>The constant elasticity that fits: ln(token growth) / ln(price drop).</summary>
    public double Elasticity => Math.Log(TokenGrowth) / Math.Log(PriceDrop);
}
