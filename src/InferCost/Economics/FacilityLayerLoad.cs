using InferCost.Units;

namespace InferCost.Economics;

/// <summary>One facility layer's power on top of the IT load.</summary>
/// <param name="Id">Layer id.</param>
/// <param name="Name">Layer name.</param>
/// <param name="Power">Its power per GPU (averaged over productive hours).</param>
/// <param name="FractionOfItLoad">Its overhead as a fraction of IT load (the fractions sum to PUE - 1).</param>
public sealed record FacilityLayerLoad(string Id, string Name, Watts Power, double FractionOfItLoad);
