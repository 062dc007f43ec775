using InferCost.Units;

namespace InferCost.Economics;

/// <summary>Running cost of electrical load.</summary>
public static class PowerCost
{
    /// <summary>
    /// Average draw per productive hour of a device that draws <paramref name="active"/> while producing and
    /// <paramref name="idle"/> otherwise: active + idle x (1 - u) / u.
    /// </summary>
    public static Watts PerProductiveHour(Watts active, Watts idle, double utilisation) =>
        active + (idle * ((1 - utilisation) / utilisation));

    /// <summary>Cost of IT load including the facility's overhead: P x price x PUE.</summary>
    public static DollarsPerHour WithFacility(Watts itLoad, DollarsPerKilowattHour price, double pue) => itLoad * price * pue;
}
