using InferCost.Deployment;
using InferCost.Results;

namespace InferCost.Analysis;

/// <summary>A candidate of the right shape that <see cref="DeploymentRules.Check"/> refuses, kept with its reasons so that nothing is dropped silently.</summary>
/// <param name="Layout">The layout.</param>
/// <param name="Reasons">Why no stack can run it (TP not splitting the heads, EP not dividing the experts, more stages than layers).</param>
public sealed record RejectedLayout(ParallelLayout Layout, IReadOnlyList<InputError> Reasons);
