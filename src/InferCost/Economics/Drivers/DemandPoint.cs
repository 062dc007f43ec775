namespace InferCost.Economics.Drivers;

/// <summary>Token volume and spend when the per-token price has fallen <paramref name="PriceDrop"/> times, relative to today.</summary>
/// <param name="PriceDrop">D: how many times cheaper a token is.</param>
/// <param name="TokenGrowth">D^e.</param>
/// <param name="SpendGrowth">D^(e-1): tokens x price.</param>
public sealed record DemandPoint(double PriceDrop, double TokenGrowth, double SpendGrowth)
{
    /// <summary>The price relative to today's: 1 / D.</summary>
    public double PriceFactor => 1 / PriceDrop;
}
