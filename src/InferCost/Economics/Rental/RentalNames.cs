namespace InferCost.Economics.Rental;

/// <summary>The names of rental tiers and commitments as data files, flags and reports spell them.</summary>
public static class RentalNames
{
    /// <summary>The tier names, in report order.</summary>
    public static IReadOnlyList<string> Tiers { get; } = ["hyperscaler", "neocloud", "marketplace"];

    /// <summary>The commitment names.</summary>
    public static IReadOnlyList<string> Commitments { get; } = ["on-demand", "reserved-1y", "reserved-3y", "spot"];

    /// <summary>The tier's name.</summary>
    public static string Name(RentalTier tier) => Tiers[(int)tier];

    /// <summary>The commitment's name.</summary>
    public static string Name(RentalCommitment commitment) => Commitments[(int)commitment];

    /// <summary>The tier named <paramref name="name"/> (exact, lower case), or null.</summary>
    public static RentalTier? Tier(string name) => IndexOf(Tiers, name) is { } i ? (RentalTier)i : null;

    /// <summary>The commitment named <paramref name="name"/> (exact, lower case), or null.</summary>
    public static RentalCommitment? Commitment(string name) => IndexOf(Commitments, name) is { } i ? (RentalCommitment)i : null;

    private static int? IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return null;
    }
}
