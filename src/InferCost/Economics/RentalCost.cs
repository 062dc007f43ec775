using System.Runtime.CompilerServices;
using InferCost.Units;

namespace InferCost.Economics;

/// <summary>
/// A rented GPU's cost per productive hour. The rent is paid for every hour rented, producing or not, so a productive
/// hour costs the rent over the utilisation; at a utilisation of 1 it is the rent itself, the way tools that take
/// $/GPU-hour as a constant price every hour.
/// </summary>
public static class RentalCost
{
    /// <summary>Cost per productive hour: C_rent = price / u.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DollarsPerHour PerProductiveHour(DollarsPerHour price, double utilisation) => price / utilisation;
}
