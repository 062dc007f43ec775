using InferCost.Sweeps;

namespace InferCost.Analysis;

/// <summary>One input of an uncertainty analysis and its distribution.</summary>
/// <param name="Input">Which input.</param>
/// <param name="Distribution">The values it may take.</param>
public sealed record SampledInput(PointField Input, InputDistribution Distribution);
