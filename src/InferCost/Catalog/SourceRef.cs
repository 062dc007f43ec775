namespace InferCost.Catalog;

/// <summary>Where a catalog figure comes from.</summary>
/// <param name="Reference">Document name and address.</param>
/// <param name="Date">When the document was published (YYYY-MM).</param>
/// <param name="Note">How the figure was read or derived; says "estimate" where it is one.</param>
public sealed record SourceRef(string Reference, string Date, string? Note = null);
