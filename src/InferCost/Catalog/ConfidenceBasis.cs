namespace InferCost.Catalog;

/// <summary>
/// What an estimate's efficiency factors rest on, from surest to least sure. It lives beside the catalog (not in
/// Fidelity) because the catalog carries the calibration it was given, and the catalog may not depend on calibration.
/// </summary>
public enum ConfidenceBasis
{
    /// <summary>The accelerator's family and its serving stack both have factors fitted to measurements.</summary>
    Calibrated,

    /// <summary>The family has no fitted factors; the stack's fitted factors and the family's catalog priors are used.</summary>
    Transferred,

    /// <summary>Nothing fitted applies: the catalog's prior estimates (also every projected accelerator).</summary>
    Priors,
}
