using InferCost.Units;

namespace InferCost.Estimation;

/// <summary>Where one efficiency factor of an estimate came from.</summary>
/// <param name="Key">The factor's key (its name in a calibration profile and in the catalog).</param>
/// <param name="Name">What it is, for people.</param>
/// <param name="Value">The value the estimate used.</param>
/// <param name="Provenance">Where the value came from, in words (fitted family and cases, stack, or catalog file).</param>
public sealed record FactorProvenance(string Key, string Name, Quantity Value, string Provenance);
