namespace InferCost.Catalog;

/// <summary>One hardware generation of the series: a catalogued accelerator, or one extrapolated from the last of them.</summary>
/// <param name="Index">Position in the series, 0 = the oldest.</param>
/// <param name="Year">Release year (an extrapolated one's: the last catalogued year + n x years per generation, rounded).</param>
/// <param name="Accelerator">
/// The accelerator: the catalog's own entry, or for an extrapolated generation a derived record marked
/// <see cref="Accelerator.Projected"/> (so every estimate on it warns) whose sources say how each figure was made.
/// </param>
/// <param name="StepsAfterLast">0 for a catalogued generation; n for the n-th extrapolated one (its figures are the last's x rate^n).</param>
public sealed record Generation(int Index, int Year, Accelerator Accelerator, int StepsAfterLast)
{
    /// <summary>Whether the generation is extrapolated from rates rather than catalogued.</summary>
    public bool Extrapolated => StepsAfterLast > 0;
}
