using InferCost.Units;

namespace InferCost.Economics;

/// <summary>Capital spread over the hours an asset produces tokens.</summary>
public static class CapitalCost
{
    /// <summary>Productive hours over the asset's life: life x 8,760 h x utilisation.</summary>
    public static Seconds ProductiveTime(double lifeYears, double utilisation) => Seconds.FromYears(lifeYears) * utilisation;

    /// <summary>Cost per productive hour: capex / (life hours x utilisation).</summary>
    public static DollarsPerHour PerProductiveHour(Dollars capex, double lifeYears, double utilisation) =>
        PerProductiveHour(capex, ProductiveTime(lifeYears, utilisation));

    /// <summary>Cost per productive hour over a known productive time: capex / productive time.</summary>
    public static DollarsPerHour PerProductiveHour(Dollars capex, Seconds productiveTime) => capex / productiveTime;
}
