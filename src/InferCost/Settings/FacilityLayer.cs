namespace InferCost.Settings;

/// <summary>One layer of facility overhead on IT load (essay 001 section 4.2).</summary>
/// <param name="Id">Stable id (cooling, power-distribution, ...).</param>
/// <param name="Name">Display name.</param>
/// <param name="LowPercent">Low end of its typical overhead, percent of IT load.</param>
/// <param name="HighPercent">High end, percent of IT load.</param>
public sealed record FacilityLayer(string Id, string Name, double LowPercent, double HighPercent)
{
    /// <summary>Its weight when the PUE's overhead is split among layers: the midpoint of its range.</summary>
    public double Weight => (LowPercent + HighPercent) / 2;
}
