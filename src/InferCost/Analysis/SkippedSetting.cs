namespace InferCost.Analysis;

/// <summary>A lever setting that could not be estimated (does not fit in memory, or is not a valid scenario).</summary>
/// <param name="Lever">The lever.</param>
/// <param name="Setting">The setting.</param>
/// <param name="Reason">Why, as the estimator said it.</param>
public sealed record SkippedSetting(Lever Lever, LeverSetting Setting, string Reason);
