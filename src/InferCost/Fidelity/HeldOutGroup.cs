namespace InferCost.Fidelity;

/// <summary>One held-out group of a leave-one-group-out cross-validation.</summary>
/// <param name="Name">The group held out (an accelerator family, a model family).</param>
/// <param name="Profile">The profile fitted without the group's cases (the one its cases were predicted with).</param>
/// <param name="Predictions">The group's cases, predicted with that profile.</param>
public sealed record HeldOutGroup(string Name, CalibrationProfile Profile, IReadOnlyList<CasePrediction> Predictions);
