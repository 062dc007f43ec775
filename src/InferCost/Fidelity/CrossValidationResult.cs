namespace InferCost.Fidelity;

/// <summary>In-sample and held-out errors of a calibration.</summary>
/// <param name="Folds">Folds the models were split into.</param>
/// <param name="InSample">Predictions with the profile fitted on every case.</param>
/// <param name="HeldOut">Each case predicted by a profile fitted without its model's cases.</param>
public sealed record CrossValidationResult(int Folds, IReadOnlyList<CasePrediction> InSample, IReadOnlyList<CasePrediction> HeldOut);
