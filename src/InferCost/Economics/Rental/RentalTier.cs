namespace InferCost.Economics.Rental;

/// <summary>Who rents the GPU out, which sets the price level.</summary>
public enum RentalTier
{
    /// <summary>AWS, Azure, Google Cloud, Oracle: the dearest on-demand list prices.</summary>
    Hyperscaler,

    /// <summary>GPU clouds (CoreWeave, Lambda, Nebius, Crusoe, Together, ...).</summary>
    Neocloud,

    /// <summary>Spot and community markets (Vast.ai, RunPod Community Cloud): the cheapest, with the least assurance.</summary>
    Marketplace,
}
