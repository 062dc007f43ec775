namespace InferCost.Economics.Market;

/// <summary>The names of the price tiers as data files and reports spell them.</summary>
public static class PriceTiers
{
    /// <summary>Every tier, in report order.</summary>
    public static IReadOnlyList<PriceTier> All { get; } = [PriceTier.Frontier, PriceTier.Commodity];

    /// <summary>The accepted names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["frontier", "commodity"];

    /// <summary>The tier's name.</summary>
    public static string Name(PriceTier tier) => tier == PriceTier.Frontier ? "frontier" : "commodity";

    /// <summary>Parses a tier name (exact, lower case).</summary>
    public static bool TryParse(string text, out PriceTier tier)
    {
        switch (text)
        {
            case "frontier":
                tier = PriceTier.Frontier;
                return true;
            case "commodity":
                tier = PriceTier.Commodity;
                return true;
            default:
                tier = default;
                return false;
        }
    }
}
