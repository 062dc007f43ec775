using InferCost.Estimation;

namespace InferCost.Economics.Margin;

/// <summary>A list price against a deployment's cost, owned and rented.</summary>
/// <param name="Owned">The owner's bottom-up estimate of the deployment.</param>
/// <param name="Price">The list price.</param>
/// <param name="Lines">The owned line first, then one per rent.</param>
public sealed record MarginResult(Estimate Owned, ListPrice Price, IReadOnlyList<MarginLine> Lines);
