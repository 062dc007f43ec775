using System.Collections.Immutable;
using InferCost.Sweeps;

namespace InferCost.Sweeps.Grid;

/// <summary>One varied point field and its values, in order.</summary>
/// <param name="Field">The field.</param>
/// <param name="Values">Its values (for <see cref="PointField.Batch"/>, 0 means the largest that fits).</param>
public sealed record PointAxis(PointField Field, ImmutableArray<double> Values);
