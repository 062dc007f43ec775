using System.Collections.Immutable;

namespace InferCost.Catalog;

/// <summary>
/// The calibration a catalog's efficiency factors came from: which accelerator families and serving stacks have fitted
/// factors (and on how many cases), and the error bands cross-validation measured. Plain data, so that the catalog can carry it without
/// depending on the fitting code.
/// </summary>
/// <param name="Source">The profile's source (command, cases, date).</param>
/// <param name="FittedFamilies">Cases each fitted family's factors were fitted on, by family; empty for <c>--calibration none</c>.</param>
/// <param name="FittedStacks">Cases each fitted serving stack's factors were fitted on, by stack id; empty for <c>--calibration none</c>.</param>
/// <param name="Bands">The measured error bands, or null when the profile has no <c>confidence:</c> section.</param>
public sealed record AppliedCalibration(
    SourceRef Source,
    ImmutableSortedDictionary<string, int> FittedFamilies,
    ImmutableSortedDictionary<string, int> FittedStacks,
    ConfidenceBands? Bands)
{
    /// <summary>Factors a fitted family kept at its catalog prior (the cases did not identify them), by family; absent: none.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> FamilyPriorsKept { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>Factors a fitted stack kept at its catalog prior, by stack id; absent: none.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> StackPriorsKept { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty;
}
