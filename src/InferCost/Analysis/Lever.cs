namespace InferCost.Analysis;

/// <summary>A lever and the candidate settings it is moved across.</summary>
/// <param name="Kind">Which lever.</param>
/// <param name="Name">What it is called in the essay.</param>
/// <param name="Settings">Candidate settings, each the base scenario with only this lever moved.</param>
public sealed record Lever(LeverKind Kind, string Name, IReadOnlyList<LeverSetting> Settings);
